#include "commandsuggest.h"

#include <algorithm>
#include <vector>

namespace dbpulse::cli {

namespace {

// Levenshtein distance with adjacent transpositions counted as one edit ("doctro" → "doctor").
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

QString suggestCommand(const QString &typed, const QStringList &known)
{
    const QString lower = typed.toLower();
    if (lower.isEmpty())
        return {};
    QStringList prefixed;
    for (const QString &name : known) {
        if (name.startsWith(lower))
            prefixed << name;
    }
    if (prefixed.size() == 1)
        return prefixed.constFirst();
    QString best;
    int bestDistance = 3; // more than two edits is another word, not a typo
    for (const QString &name : known) {
        const int distance = editDistance(lower, name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name;
        }
    }
    return best;
}

} // namespace dbpulse::cli
