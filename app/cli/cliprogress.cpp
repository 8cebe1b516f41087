#include "cliprogress.h"

#include "clitable.h"

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace dbpulse::cli {

namespace {

ProgressLine *g_current = nullptr;  // the one drawn, so note() can write above it

void write(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

int terminalColumns()
{
    winsize size = {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 80;
}

} // namespace

ProgressLine::ProgressLine()
    : m_terminal(::isatty(STDERR_FILENO))
{
    g_current = this;
}

ProgressLine::~ProgressLine()
{
    clear();
    if (g_current == this)
        g_current = nullptr;
}

void ProgressLine::update(int percent, const QString &progressText)
{
    // Progress names targets and objects (a database, a table being dumped): filtered like a table.
    const QString text = terminalSafe(progressText);
    if (percent == m_percent && text == m_text)
        return;
    m_percent = percent;
    m_text = text;
    const QString number = percent < 0 ? QStringLiteral("  ?%") : QStringLiteral("%1%").arg(percent, 3);
    if (!m_terminal) {
        write(percent < 0 ? text + QLatin1Char('\n') : QStringLiteral("%1% %2\n").arg(percent).arg(text));
        return;
    }
    // The whole line must fit, or the terminal wraps it and \r no longer returns to its start.
    constexpr int barWidth = 20;
    const int filled = percent < 0 ? 0 : percent * barWidth / 100;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(barWidth - filled, QLatin1Char('.'));
    QString line = QStringLiteral("[%1] %2 %3").arg(bar, number, text);
    line.truncate(terminalColumns() - 1);
    write(QStringLiteral("\r\033[K") + line);
    m_drawn = true;
}

void ProgressLine::clear()
{
    if (m_drawn)
        write(QStringLiteral("\r\033[K"));
    m_drawn = false;
}

void ProgressLine::note(const QString &line)
{
    ProgressLine *bar = g_current;
    if (bar)
        bar->clear();
    write(terminalSafe(line) + QLatin1Char('\n'));
    if (bar && bar->m_terminal && bar->m_percent != -2) {
        const int percent = bar->m_percent;
        bar->m_percent = -2;  // force the redraw
        bar->update(percent, bar->m_text);
    }
}

} // namespace dbpulse::cli
