// Known-answer tests for both SHA-256 paths: a backup's checksums are only as good as the hash.
#include "core/backup/sha256.h"

#include <QTest>

using dbpulse::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildHasLibcrypto()
    {
        // The backup speed goal relies on libcrypto's SHA-256; its development files come with
        // libpq's. A build without it would silently test only the Qt path below.
        QVERIFY2(Sha256::hasOpenSsl(), "built without OpenSSL's libcrypto");
    }

    void knownAnswers_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("repeat");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180-2, appendix B (and the empty message).
        const QByteArray abc = "abc";
        const QByteArray twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        const QByteArray million = "a";
        const QByteArray abcDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        const QByteArray twoBlocksDigest = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        const QByteArray millionDigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
        const QByteArray emptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        for (const auto &[name, engine] : {std::pair{"libcrypto", int(Sha256::Engine::Fastest)},
                                           std::pair{"qt", int(Sha256::Engine::Qt)}}) {
            const QByteArray n(name);
            QTest::newRow(n + " empty") << engine << QByteArray() << 1 << 1 << emptyDigest;
            QTest::newRow(n + " abc") << engine << abc << 1 << 3 << abcDigest;
            QTest::newRow(n + " abc bytewise") << engine << abc << 1 << 1 << abcDigest;
            QTest::newRow(n + " two blocks") << engine << twoBlocks << 1 << 56 << twoBlocksDigest;
            QTest::newRow(n + " two blocks in odd pieces") << engine << twoBlocks << 1 << 7 << twoBlocksDigest;
            QTest::newRow(n + " a million a") << engine << million << 1000000 << 1000 << millionDigest;
        }
    }

    void knownAnswers()
    {
        QFETCH(int, engine);
        QFETCH(QByteArray, message);
        QFETCH(int, repeat);
        QFETCH(int, chunk);
        QFETCH(QByteArray, digest);
        const QByteArray whole = message.repeated(repeat);
        Sha256 hash{Sha256::Engine(engine)};
        for (qsizetype at = 0; at < whole.size(); at += chunk)
            hash.addData(QByteArrayView(whole).sliced(at, std::min<qsizetype>(chunk, whole.size() - at)));
        QCOMPARE(hash.hexResult(), digest);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
