# Precompiled headers: most of a cold build is the compiler reading the same Qt and standard
# headers for every source file. Each layer library precompiles the headers its sources use most,
# and the tests of one directory share one precompiled header per layer they link (REUSE_FROM),
# because a test is one source file and a header of its own would cost as much as it saves.
#
# ccache cannot cache a compile that uses a precompiled header (without sloppiness settings that
# would make it unsafe), so with a compiler launcher set the default is off: ccache is the faster
# way to rebuild, precompiled headers the faster way to build from nothing (CI, a fresh clone).
if(CMAKE_CXX_COMPILER_LAUNCHER)
    set(_dbpulse_pch_default OFF)
else()
    set(_dbpulse_pch_default ON)
endif()
option(DBPULSE_PCH "Precompile Qt and standard headers (off by default under ccache)" ${_dbpulse_pch_default})

set(DBPULSE_PCH_CORE
    <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet> <QString> <QStringList>
    <QVariant>)
set(DBPULSE_PCH_MODELS ${DBPULSE_PCH_CORE}
    <QAbstractTableModel> <QColor> <QLocale>)
set(DBPULSE_PCH_WIDGETS ${DBPULSE_PCH_MODELS}
    <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox>
    <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
set(DBPULSE_PCH_TEST <QTest> <QSignalSpy> <QTemporaryDir> <QProcess> <QElapsedTimer> <QTimer>)

# dbpulse_precompile(target layer): the layer's header set for a library or program's own sources.
function(dbpulse_precompile target layer)
    if(DBPULSE_PCH)
        string(TOUPPER "${layer}" layer)
        target_precompile_headers(${target} PRIVATE ${DBPULSE_PCH_${layer}})
    endif()
endfunction()

# One precompiled header per layer and test directory for the tests. A host target compiles it
# with exactly the definitions and flags of a test linking that layer in that directory: Qt Test
# defines QT_TESTCASE_SOURCEDIR as the directory, and a header precompiled with another value is
# not used. A test whose flags differ (e.g. one that also links Qt Network) still builds
# correctly; the compiler just parses the headers itself.
function(dbpulse_test_pch_host host layer)
    string(TOUPPER "${layer}" upper)
    set(libs_core DBPulse::Core)
    set(libs_models DBPulse::Models)
    set(libs_widgets DBPulse::Widgets)
    file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp" "// Host of the tests' precompiled header.\n")
    add_library(${host} OBJECT "${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp")
    target_link_libraries(${host} PRIVATE Qt6::Test DBPulse::BuildFlags ${libs_${layer}})
    target_include_directories(${host} PRIVATE ${CMAKE_SOURCE_DIR})
    set_target_properties(${host} PROPERTIES AUTOMOC OFF)
    target_precompile_headers(${host} PRIVATE ${DBPULSE_PCH_${upper}} ${DBPULSE_PCH_TEST})
endfunction()

# dbpulse_test_precompile(target libs…): reuses the host of the highest layer the test links.
function(dbpulse_test_precompile target)
    if(NOT DBPULSE_PCH)
        return()
    endif()
    if(ARGN MATCHES "DBPulse::(App|Widgets)")
        set(layer widgets)
    elseif(ARGN MATCHES "DBPulse::Models")
        set(layer models)
    else()
        set(layer core)
    endif()
    file(RELATIVE_PATH dir "${CMAKE_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
    string(MAKE_C_IDENTIFIER "${dir}" dir)
    set(host dbpulse_testpch_${dir}_${layer})
    if(NOT TARGET ${host})
        dbpulse_test_pch_host(${host} ${layer})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
    # A test includes its own moc output, so AUTOMOC's compilation unit is empty: loading the
    # precompiled header there would cost more than the file.
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp"
        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
