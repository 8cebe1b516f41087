#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace dbpulse {

/// \brief Highlights SQL keywords, strings, numbers and comments (incl. block comments across lines). GUI thread.
class MigrationSqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MigrationSqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_strings;
    QRegularExpression m_numbers;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_commentFormat;
};

} // namespace dbpulse
