# dbpulse_add_catalogue(<name> TARGET <target> SOURCE_DIRS <dir>… LANGUAGES <lang>…
#                       [PLURALS_ALSO_IN <target>…])
#
# One catalogue of UI texts: the tr() strings of the C++ sources under SOURCE_DIRS (relative to the
# project root), in translations/<name>_<lang>.ts for each of LANGUAGES (every message), plus
# translations/<name>_en.ts, which holds only the plural forms of the English sources ("%n
# session(s)" → "1 session", "2 sessions"; lupdate -pluralonly).
#
# - <name>_lupdate refreshes all of them from the sources (also part of update_translations);
# - the .qm files are built into the build tree and embedded in <target> under :/i18n;
# - PLURALS_ALSO_IN embeds the English plural catalogue alone in other targets (an English-only
#   program that still wants "1 session", not "1 session(s)");
# - tst_catalogues runs lupdate over the sources again and fails on anything unfinished, missing,
#   obsolete, or with placeholders that differ from the source (tests/i18n).
#
# Qt 6.4's qt_add_translations knows one set of lupdate options per target, and neither
# PLURALS_TS_FILE nor a target name of our own: hence the commands are written here.
set(DBPULSE_LUPDATE_OPTIONS -no-obsolete -locations none)

# Embeds the .qm files (built by the custom target <lrelease>) in <target> under :/i18n.
function(dbpulse_embed_qm target resource lrelease)
    # rcc's command waits for the lrelease target (Qt's own lrelease does the same).
    set_source_files_properties(${ARGN} TARGET_DIRECTORY ${target}
        PROPERTIES _qt_resource_target_dependency ${lrelease})
    add_dependencies(${target} ${lrelease})
    qt_add_resources(${target} "${resource}"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${ARGN})
endfunction()

function(dbpulse_add_catalogue name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TARGET" "SOURCE_DIRS;LANGUAGES;PLURALS_ALSO_IN")
    if(NOT arg_TARGET OR NOT arg_SOURCE_DIRS OR NOT arg_LANGUAGES)
        message(FATAL_ERROR "dbpulse_add_catalogue(${name}): TARGET, SOURCE_DIRS and LANGUAGES are required")
    endif()
    set(globs "")
    foreach(dir IN LISTS arg_SOURCE_DIRS)
        list(APPEND globs "${PROJECT_SOURCE_DIR}/${dir}/*.cpp" "${PROJECT_SOURCE_DIR}/${dir}/*.h")
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
    list(SORT sources)

    set(ts_dir "${PROJECT_SOURCE_DIR}/translations")
    set(full_ts "")
    foreach(lang IN LISTS arg_LANGUAGES)
        list(APPEND full_ts "${ts_dir}/${name}_${lang}.ts")
    endforeach()
    set(plurals_ts "${ts_dir}/${name}_en.ts")

    # lupdate's project files (the format qt_add_lupdate writes): the include paths let lupdate
    # resolve namespaces, so a message's context is the class's full name (dbpulse::MainWindow).
    set(includes "$<TARGET_PROPERTY:${arg_TARGET},INCLUDE_DIRECTORIES>")
    list(JOIN sources "\", \"" sources_json)
    set(base "${CMAKE_CURRENT_BINARY_DIR}/${name}")
    foreach(part full plurals)
        if(part STREQUAL "full")
            list(JOIN full_ts "\", \"" ts_json)
        else()
            set(ts_json "${plurals_ts}")
        endif()
        file(GENERATE OUTPUT "${base}_${part}.lupdate.json" CONTENT "{
  \"projectFile\": \"${CMAKE_CURRENT_LIST_FILE}\",
  \"includePaths\": [ \"$<JOIN:${includes},\"$<COMMA> \">\" ],
  \"sources\": [ \"${sources_json}\" ],
  \"translations\": [ \"${ts_json}\" ]
}
")
    endforeach()

    add_custom_target(${name}_lupdate
        COMMAND Qt6::lupdate -project "${base}_full.lupdate.json" ${DBPULSE_LUPDATE_OPTIONS}
        COMMAND Qt6::lupdate -project "${base}_plurals.lupdate.json" -pluralonly ${DBPULSE_LUPDATE_OPTIONS}
        COMMENT "Refreshing the ${name} catalogues from the sources"
        VERBATIM)
    if(NOT TARGET update_translations)
        add_custom_target(update_translations)
    endif()
    add_dependencies(update_translations ${name}_lupdate)

    set(qm_files "")
    foreach(ts IN LISTS full_ts plurals_ts)
        get_filename_component(qm_name "${ts}" NAME_WLE)
        set(qm "${CMAKE_CURRENT_BINARY_DIR}/${qm_name}.qm")
        add_custom_command(OUTPUT "${qm}"
            COMMAND Qt6::lrelease -silent "${ts}" -qm "${qm}"
            DEPENDS Qt6::lrelease "${ts}"
            VERBATIM)
        list(APPEND qm_files "${qm}")
    endforeach()
    add_custom_target(${name}_lrelease DEPENDS ${qm_files})
    set(plurals_qm "${CMAKE_CURRENT_BINARY_DIR}/${name}_en.qm")
    dbpulse_embed_qm(${arg_TARGET} "${name}_translations" ${name}_lrelease ${qm_files})
    foreach(target IN LISTS arg_PLURALS_ALSO_IN)
        dbpulse_embed_qm(${target} "${name}_plurals" ${name}_lrelease "${plurals_qm}")
    endforeach()

    # What tst_catalogues checks, one manifest per catalogue.
    set(entries "")
    foreach(lang IN LISTS arg_LANGUAGES)
        list(APPEND entries "    { \"ts\": \"${ts_dir}/${name}_${lang}.ts\", \"language\": \"${lang}\", \"pluralsOnly\": false }")
    endforeach()
    list(APPEND entries "    { \"ts\": \"${plurals_ts}\", \"language\": \"en\", \"pluralsOnly\": true }")
    list(JOIN entries ",\n" entries_json)
    file(GENERATE OUTPUT "${base}.catalogue.json" CONTENT "{
  \"name\": \"${name}\",
  \"project\": \"${base}_full.lupdate.json\",
  \"lupdateOptions\": [ \"$<JOIN:${DBPULSE_LUPDATE_OPTIONS},\"$<COMMA> \">\" ],
  \"files\": [
${entries_json}
  ]
}
")
    set_property(GLOBAL APPEND PROPERTY DBPULSE_CATALOGUES "${base}.catalogue.json")
endfunction()
