#include "core/sql/sqltokens.h"

#include <pg_query.h>

#include <QCoreApplication>

namespace dbpulse {

namespace {

// pg_query_scan answers in protobuf (pg_query.proto's ScanResult). Its few fields are read here
// with the wire format's two rules, rather than adding libprotobuf-c as a build dependency
// (Debian's libpg-query-dev ships the generated header but not protobuf-c's own).
class WireReader
{
public:
    WireReader(const char *data, size_t size) : m_p(reinterpret_cast<const uchar *>(data)), m_end(m_p + size) {}

    bool atEnd() const { return m_p >= m_end || m_failed; }
    bool failed() const { return m_failed; }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                break;
            const uchar byte = *m_p++;
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_failed = true;
        return 0;
    }

    /// The bytes of a length-delimited field, as a reader of their own.
    WireReader nested()
    {
        const quint64 length = varint();
        if (m_failed || length > quint64(m_end - m_p)) {
            m_failed = true;
            return WireReader(nullptr, 0);
        }
        WireReader inner(reinterpret_cast<const char *>(m_p), size_t(length));
        m_p += length;
        return inner;
    }

    void skip(int wireType)
    {
        switch (wireType) {
        case 0: varint(); return;
        case 1: advance(8); return;
        case 2: nested(); return;
        case 5: advance(4); return;
        default: m_failed = true; return;
        }
    }

private:
    void advance(qint64 n)
    {
        if (n > m_end - m_p)
            m_failed = true;
        else
            m_p += n;
    }

    const uchar *m_p;
    const uchar *m_end;
    bool m_failed = false;
};

struct RawToken
{
    int start = 0, end = 0, kind = 0, keywordKind = 0;
};

// ScanResult { int32 version = 1; repeated ScanToken tokens = 2; }
// ScanToken { int32 start = 1; int32 end = 2; Token token = 4; KeywordKind keyword_kind = 5; }
bool readScanResult(const char *data, size_t size, QList<RawToken> *out)
{
    WireReader result(data, size);
    while (!result.atEnd()) {
        const quint64 tag = result.varint();
        if (tag >> 3 != 2) {
            result.skip(int(tag & 7));
            continue;
        }
        WireReader token = result.nested();
        RawToken t;
        while (!token.atEnd()) {
            const quint64 field = token.varint();
            if ((field & 7) != 0) {
                token.skip(int(field & 7));
                continue;
            }
            const int value = int(token.varint());
            switch (field >> 3) {
            case 1: t.start = value; break;
            case 2: t.end = value; break;
            case 4: t.kind = value; break;
            case 5: t.keywordKind = value; break;
            default: break;
            }
        }
        if (token.failed())
            return false;
        *out << t;
    }
    return !result.failed();
}

} // namespace

SqlTokens sqlTokens(const QString &sql)
{
    SqlTokens out;
    QByteArray utf8 = sql.toUtf8();
    PgQueryScanResult result = pg_query_scan(utf8.constData());
    // A text cut inside a string, a quoted name or a comment: read it up to that token (the
    // error's position counts characters, from 1).
    if (result.error && QByteArray(result.error->message).startsWith("unterminated") && result.error->cursorpos > 0) {
        utf8 = sql.left(result.error->cursorpos - 1).toUtf8();
        pg_query_free_scan_result(result);
        result = pg_query_scan(utf8.constData());
        out.cutShort = true;
    }
    QList<RawToken> raw;
    if (result.error)
        out.error = QString::fromUtf8(result.error->message);
    else if (!readScanResult(result.pbuf.data, result.pbuf.len, &raw))
        out.error = QCoreApplication::translate("Sql", "the scanner's answer could not be read");
    pg_query_free_scan_result(result);
    if (!out.error.isEmpty())
        return out;
    out.tokens.reserve(raw.size());
    for (const RawToken &r : std::as_const(raw)) {
        if (r.start < 0 || r.end < r.start || r.end > utf8.size())
            return SqlTokens{false, {}, out.cutShort, QCoreApplication::translate("Sql", "the scanner's answer could not be read")};
        SqlToken t;
        t.kind = r.kind;
        t.keyword = r.keywordKind != 0;
        t.text = QString::fromUtf8(utf8.constData() + r.start, r.end - r.start);
        if (t.keyword)
            t.text = t.text.toUpper();
        out.tokens << t;
    }
    out.ok = true;
    return out;
}

} // namespace dbpulse
