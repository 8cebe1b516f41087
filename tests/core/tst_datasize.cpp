// The one size formatter behind every size the GUI and the CLI print.
#include "core/io/datasize.h"

#include <QTest>
#include <limits>

using namespace dbpulse;

class TestDataSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iecUnits_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        const qint64 KiB = 1024, MiB = KiB * 1024, GiB = MiB * 1024, TiB = GiB * 1024;
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("one byte") << qint64(1) << QStringLiteral("1 B");
        QTest::newRow("largest in bytes") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("one KiB") << KiB << QStringLiteral("1.00 KiB");
        QTest::newRow("KiB and a half") << KiB + 512 << QStringLiteral("1.50 KiB");
        QTest::newRow("rounds down") << qint64(1029) << QStringLiteral("1.00 KiB");        // 1.0049
        QTest::newRow("rounds up") << qint64(1030) << QStringLiteral("1.01 KiB");          // 1.0059
        QTest::newRow("1023 KiB") << 1023 * KiB << QStringLiteral("1023.00 KiB");
        QTest::newRow("prints as 1024 KiB: a MiB") << MiB - 1 << QStringLiteral("1.00 MiB");
        QTest::newRow("one MiB") << MiB << QStringLiteral("1.00 MiB");
        // The file the GUI showed as 7.08 MiB and the CLI as 7.1 MB.
        QTest::newRow("the backup of issue 14") << qint64(7423764) << QStringLiteral("7.08 MiB");
        QTest::newRow("one GiB") << GiB << QStringLiteral("1.00 GiB");
        QTest::newRow("just under a TiB") << TiB - GiB << QStringLiteral("1023.00 GiB");
        QTest::newRow("one TiB") << TiB << QStringLiteral("1.00 TiB");
        QTest::newRow("2.5 TiB") << TiB * 5 / 2 << QStringLiteral("2.50 TiB");
        QTest::newRow("one PiB") << TiB * 1024 << QStringLiteral("1.00 PiB");
        QTest::newRow("largest qint64") << std::numeric_limits<qint64>::max() << QStringLiteral("8.00 EiB");
        QTest::newRow("negative") << -qint64(7423764) << QStringLiteral("-7.08 MiB");
        QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << QStringLiteral("-8.00 EiB");
    }
    void iecUnits()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(formatDataSize(bytes), expected);
    }

    // The GUI passes the user's locale: separators change, units and rounding do not.
    void localeSetsOnlyTheDigits()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(formatDataSize(7423764, german), QStringLiteral("7,08 MiB"));
        QCOMPARE(formatDataSize(1023 * 1024, german), QStringLiteral("1.023,00 KiB"));
        QCOMPARE(formatDataSize(512, german), QStringLiteral("512 B"));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatDataSize(7423764, english), QStringLiteral("7.08 MiB"));
    }
};

QTEST_GUILESS_MAIN(TestDataSize)
#include "tst_datasize.moc"
