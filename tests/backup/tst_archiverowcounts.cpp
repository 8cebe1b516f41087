// The row counts a test restore compares against come from the archive's COPY blocks, read back
// through pg_restore: the parser must count every row, however the stream is cut into chunks.
#include "core/backup/archiverowcounts.h"

#include <QTest>

using dbpulse::CopyRowCounter;
using namespace Qt::StringLiterals;

namespace {

// What `pg_restore --data-only --file=-` prints, with the cases that matter: quoted names, a
// table without columns, an empty table, a large object written outside any COPY block.
const QByteArray kScript =
    "--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\n"
    "--\n-- Data for Name: orders; Type: TABLE DATA; Schema: shop; Owner: -\n--\n\n"
    "COPY shop.orders (id, note) FROM stdin;\n"
    "1\tfirst\\nline\n2\t\\\\.\n3\t\\N\n\\.\n\n"
    "COPY \"Ästhetik\".\"Größe\" (\"Wert\") FROM stdin;\n"
    "a\nb\n\\.\n"
    "COPY public.\"we\"\"ird.name\" (x) FROM stdin;\n"
    "\\.\n"
    "COPY public.nocolumns  FROM stdin;\n"
    "\n\n\\.\n"
    "SELECT pg_catalog.lo_open('16390', 131072);\n"
    "SELECT pg_catalog.lowrite(0, '\\x434f5059');\n"
    "SELECT pg_catalog.setval('shop.orders_id_seq', 3, true);\n";

const QMap<QString, qint64> kCounts{{u"shop.orders"_s, 3}, {u"Ästhetik.Größe"_s, 2},
                                    {u"public.we\"ird.name"_s, 0}, {u"public.nocolumns"_s, 2}};

} // namespace

class TestArchiveRowCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsEveryChunking()
    {
        // Every chunk size from 1 byte to the whole script: line ends and "\." anywhere in a chunk.
        for (int chunk = 1; chunk <= kScript.size(); ++chunk) {
            CopyRowCounter counter;
            for (qsizetype at = 0; at < kScript.size(); at += chunk)
                counter.feed(QByteArrayView(kScript).sliced(at, std::min<qsizetype>(chunk, kScript.size() - at)));
            QString err;
            const auto counts = counter.finish(&err);
            QVERIFY2(counts, qPrintable(err));
            QCOMPARE(*counts, kCounts);
        }
    }

    void longRowsAndLinesKeepMemoryFlat()
    {
        // A 32 MiB row (a bytea) and a long line outside any block count as what they are.
        CopyRowCounter counter;
        counter.feed("COPY public.blobs (b) FROM stdin;\n");
        const QByteArray big(1 << 20, 'x');
        for (int i = 0; i < 32; ++i)
            counter.feed(big);
        counter.feed("\n\\.\nSELECT pg_catalog.lowrite(0, '");
        for (int i = 0; i < 8; ++i)
            counter.feed(big);
        counter.feed("');\n");
        QString err;
        const auto counts = counter.finish(&err);
        QVERIFY2(counts, qPrintable(err));
        QCOMPARE(*counts, (QMap<QString, qint64>{{u"public.blobs"_s, 1}}));
    }

    void truncatedDataIsAnError()
    {
        CopyRowCounter counter;
        counter.feed("COPY public.t (a) FROM stdin;\n1\n2\n");
        QString err;
        QVERIFY(!counter.finish(&err));
        QVERIFY2(err.contains(u"public.t"_s), qPrintable(err));
    }

    void copyTargets()
    {
        QCOMPARE(CopyRowCounter::copyTarget("COPY public.t (a, b) FROM stdin;"), u"public.t"_s);
        QCOMPARE(CopyRowCounter::copyTarget("COPY \"A b\".\"c\"\"d\" (a) FROM stdin;"), u"A b.c\"d"_s);
        QCOMPARE(CopyRowCounter::copyTarget("COPY public.t  FROM stdin;"), u"public.t"_s);
        QCOMPARE(CopyRowCounter::copyTarget("COPY t (a) FROM stdin;"), QString()); // never unqualified
        QCOMPARE(CopyRowCounter::copyTarget("COPY public.\"t (a) FROM stdin;"), QString());
        QCOMPARE(CopyRowCounter::copyTarget("SELECT 1;"), QString());
    }
};

QTEST_GUILESS_MAIN(TestArchiveRowCounts)
#include "tst_archiverowcounts.moc"
