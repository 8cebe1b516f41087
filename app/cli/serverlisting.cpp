#include "serverlisting.h"

namespace dbpulse::cli {

std::variant<ServerListing, ExitCode> parseServerListing(CommandLine &cli, const QStringList &arguments, const QString &what)
{
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings or @profile"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default) or jsonl."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption wide(QStringLiteral("wide"), QStringLiteral("Do not cut the table to 80 columns."));
    parser.addOptions({format, wide});
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    const QString how = parser.value(format);
    if (how != QLatin1String("table") && how != QLatin1String("jsonl"))
        return cli.badArguments(QStringLiteral("--format must be table or jsonl, not '%1'").arg(how));
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    if (target->kind != DatabaseKind::PostgreSQL)
        return cli.badArguments(QStringLiteral("%1 are a PostgreSQL server's; %2 is a file").arg(what, target->label));
    return ServerListing{*target, how == QLatin1String("jsonl"), parser.isSet(wide)};
}

} // namespace dbpulse::cli
