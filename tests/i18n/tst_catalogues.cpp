// Every catalogue registered with dbpulse_add_catalogue (cmake/Translations.cmake) is complete:
// lupdate, run over today's sources into a copy of each committed .ts, finds no message that is
// missing from the committed file, unfinished, obsolete, or translated with other placeholders
// than its source. The real lupdate runs; a missing one is a failure, never a skip.

#include "tests/i18n/tsfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse::test;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList manifests()
{
    return QString::fromUtf8(DBPULSE_CATALOGUE_MANIFESTS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Plural forms per language, as Qt's lupdate/lrelease count them (QLocale's numerus rules).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms{{QStringLiteral("en"), 2}, {QStringLiteral("de"), 2},
                                           {QStringLiteral("fr"), 2}};
    return forms.value(language.section(QLatin1Char('_'), 0, 0), -1);
}

QString where(const TsMessage &m)
{
    QString text = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.comment);
    return text;
}

/// %1…%99 (also %L1) as a sorted list, each once: a translation may use a marker twice.
QStringList markers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2})"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

QString markerText(const QString &text)
{
    const QStringList list = markers(text);
    return list.isEmpty() ? QStringLiteral("(none)") : QLatin1Char('%') + list.join(QStringLiteral(" %"));
}

/// A keyboard accelerator: "&" before a character, not "&&" and not an HTML entity.
int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#\\d+|[A-Za-z]+);"));
    text.remove(QStringLiteral("&&"));
    text.remove(entity);
    static const QRegularExpression accelerator(QStringLiteral("&\\S"));
    return int(text.count(accelerator));
}

QStringList problemsOf(const TsMessage &source, const TsMessage &done, int forms)
{
    QStringList problems;
    const QString at = where(source);
    if (done.type == QLatin1String("unfinished") || done.translations.isEmpty()
        || std::any_of(done.translations.cbegin(), done.translations.cend(),
                       [](const QString &t) { return t.isEmpty(); })) {
        problems << QStringLiteral("unfinished: %1").arg(at);
        return problems;
    }
    if (source.numerus && done.translations.size() != forms)
        problems << QStringLiteral("%1 plural forms instead of %2: %3").arg(done.translations.size()).arg(forms).arg(at);
    for (const QString &t : done.translations) {
        if (markers(t) != markers(source.source))
            problems << QStringLiteral("placeholders %1 instead of %2: %3 → \"%4\"")
                            .arg(markerText(t), markerText(source.source), at, t);
        if (source.source.contains(QLatin1String("%n")) && !t.contains(QLatin1String("%n")))
            problems << QStringLiteral("no %n: %1 → \"%2\"").arg(at, t);
        if (accelerators(t) != accelerators(source.source))
            problems << QStringLiteral("keyboard accelerator (&) differs: %1 → \"%2\"").arg(at, t);
    }
    return problems;
}

} // namespace

class tst_Catalogues : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueIsChecked();
    void complete_data();
    void complete();
};

void tst_Catalogues::everyCatalogueIsChecked()
{
    QVERIFY2(QFileInfo(QStringLiteral(DBPULSE_LUPDATE)).isExecutable(), DBPULSE_LUPDATE " is not there");
    QVERIFY2(!manifests().isEmpty(), "no catalogue is registered");
    // A .ts file that no dbpulse_add_catalogue names would go unchecked (and unshipped).
    QSet<QString> registered;
    for (const QString &manifest : manifests()) {
        const QJsonObject m = readJson(manifest);
        QVERIFY2(!m.isEmpty(), qPrintable(manifest));
        for (const QJsonValue &f : m.value(QStringLiteral("files")).toArray())
            registered.insert(QFileInfo(f.toObject().value(QStringLiteral("ts")).toString()).fileName());
    }
    const QStringList present = QDir(QStringLiteral(DBPULSE_TRANSLATIONS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files);
    QStringList unregistered;
    for (const QString &ts : present) {
        if (!registered.contains(ts))
            unregistered << ts;
    }
    QVERIFY2(unregistered.isEmpty(), qPrintable(QStringLiteral("not registered with dbpulse_add_catalogue: %1")
                                                    .arg(unregistered.join(QStringLiteral(", ")))));
}

void tst_Catalogues::complete_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralsOnly");
    for (const QString &manifest : manifests()) {
        const QJsonObject m = readJson(manifest);
        QStringList options;
        for (const QJsonValue &o : m.value(QStringLiteral("lupdateOptions")).toArray())
            options << o.toString();
        for (const QJsonValue &value : m.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = value.toObject();
            const QString ts = f.value(QStringLiteral("ts")).toString();
            QTest::newRow(qPrintable(QFileInfo(ts).fileName()))
                << m.value(QStringLiteral("project")).toString() << options << ts
                << f.value(QStringLiteral("language")).toString() << f.value(QStringLiteral("pluralsOnly")).toBool();
        }
    }
}

void tst_Catalogues::complete()
{
    QFETCH(QString, project);
    QFETCH(QStringList, options);
    QFETCH(QString, ts);
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);

    QString error;
    const TsFile committed = readTsFile(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(committed.language.startsWith(language),
             qPrintable(QStringLiteral("%1 says language \"%2\", expected %3").arg(ts, committed.language, language)));
    const int forms = pluralForms(language);
    QVERIFY2(forms > 0, qPrintable(QStringLiteral("no plural rule known for %1: add it to pluralForms()").arg(language)));

    // lupdate over today's sources into a copy, with the same include paths and options as
    // the <name>_lupdate target.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject json = readJson(project);
    QVERIFY2(!json.value(QStringLiteral("sources")).toArray().isEmpty(), qPrintable(project));
    json.insert(QStringLiteral("translations"), QJsonArray{copy});
    const QString projectCopy = dir.filePath(QStringLiteral("project.json"));
    {
        QFile out(projectCopy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
    }
    QStringList args{QStringLiteral("-project"), projectCopy};
    args << options;
    if (pluralsOnly)
        args << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DBPULSE_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // "file.cpp:12: Qualifying with unknown namespace/class" and the like: messages in the wrong context.
    static const QRegularExpression diagnostic(QStringLiteral("^\\S+:\\d+: .*$"), QRegularExpression::MultilineOption);
    QStringList diagnostics;
    for (auto it = diagnostic.globalMatch(output); it.hasNext();)
        diagnostics << it.next().captured(0);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.join(QLatin1Char('\n'))));

    const TsFile fresh = readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!fresh.messages.isEmpty(), qPrintable(QStringLiteral("lupdate found no message: %1").arg(output)));

    QHash<QString, const TsMessage *> inCommitted;
    for (const TsMessage &m : committed.messages)
        inCommitted.insert(m.key(), &m);
    QSet<QString> inSources;
    QStringList problems;
    for (const TsMessage &m : fresh.messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            continue; // -no-obsolete drops them; reported below from the committed side
        inSources.insert(m.key());
        const TsMessage *done = inCommitted.value(m.key());
        if (!done) {
            problems << QStringLiteral("missing: %1").arg(where(m));
            continue;
        }
        if (pluralsOnly && !m.numerus)
            problems << QStringLiteral("not a plural, in a plurals-only catalogue: %1").arg(where(m));
        problems << problemsOf(m, *done, forms);
    }
    for (const TsMessage &m : committed.messages) {
        if (!inSources.contains(m.key()) || m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            problems << QStringLiteral("no longer in the sources (run the lupdate target): %1").arg(where(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1, problems: %2\n%3")
                                                .arg(QFileInfo(ts).fileName()).arg(problems.size())
                                                .arg(problems.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(tst_Catalogues)
#include "tst_catalogues.moc"
