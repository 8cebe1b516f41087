#include "widgets/migrationsqlhighlighter.h"

#include "models/theme.h"

namespace dbpulse {

MigrationSqlHighlighter::MigrationSqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywords(QStringLiteral(
          "\\b(SELECT|FROM|WHERE|INSERT|INTO|VALUES|UPDATE|SET|DELETE|CREATE|ALTER|DROP|TABLE|INDEX|VIEW|"
          "CONCURRENTLY|UNIQUE|PRIMARY|KEY|FOREIGN|REFERENCES|CONSTRAINT|NOT|NULL|DEFAULT|ADD|COLUMN|TYPE|"
          "RENAME|TO|ON|AS|AND|OR|IF|EXISTS|CASCADE|BEGIN|COMMIT|ROLLBACK|FUNCTION|RETURNS|LANGUAGE|TRIGGER|"
          "GRANT|REVOKE|SCHEMA|EXTENSION|SEQUENCE|REPLACE|WITH|JOIN|LEFT|INNER|GROUP|BY|ORDER|LIMIT|USING|"
          "int|integer|bigint|serial|bigserial|text|varchar|boolean|timestamptz|timestamp|jsonb|numeric)\\b"),
          QRegularExpression::CaseInsensitiveOption)
    , m_strings(QStringLiteral("'(?:[^']|'')*'"))
    , m_numbers(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"))
{
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_commentFormat.setFontItalic(true);
}

void MigrationSqlHighlighter::highlightBlock(const QString &text)
{
    // Read for every block: rehighlight() after a palette change picks the new colours up.
    m_keywordFormat.setForeground(theme::color(ThemeRole::SqlKeyword));
    m_stringFormat.setForeground(theme::color(ThemeRole::SqlString));
    m_numberFormat.setForeground(theme::color(ThemeRole::SqlNumber));
    m_commentFormat.setForeground(theme::color(ThemeRole::SqlComment));
    const auto apply = [&](const QRegularExpression &re, const QTextCharFormat &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(m_keywords, m_keywordFormat);
    apply(m_numbers, m_numberFormat);
    apply(m_strings, m_stringFormat);
    if (const qsizetype dash = text.indexOf(QLatin1String("--")); dash >= 0)
        setFormat(int(dash), int(text.size() - dash), m_commentFormat);

    // Block comments may span lines: state 1 means "inside /* … */ at the end of this block".
    setCurrentBlockState(0);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf(QLatin1String("/*"));
    while (start >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("*/"), start);
        if (end < 0) {
            setCurrentBlockState(1);
            setFormat(int(start), int(text.size() - start), m_commentFormat);
            break;
        }
        setFormat(int(start), int(end + 2 - start), m_commentFormat);
        start = text.indexOf(QLatin1String("/*"), end + 2);
    }
}

} // namespace dbpulse
