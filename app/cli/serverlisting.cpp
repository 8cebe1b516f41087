#include "serverlisting.h"

namespace dbpulse::cli {

std::variant<ServerListing, ExitCode> parseServerListing(CommandLine &cli, const QStringList &arguments, const QString &what,
                                                         const QList<CliColumn> &columns)
{
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings or @profile"));
    const TableOptions table(parser, {QStringLiteral("jsonl")}, CliTable::keysOf(columns));
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    ServerListing listing;
    QString format;
    if (const auto wrong = table.read(cli, columns, &listing.style, &format))
        return *wrong;
    listing.jsonl = format == QLatin1String("jsonl");
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    if (target->kind != DatabaseKind::PostgreSQL)
        return cli.badArguments(QStringLiteral("%1 are a PostgreSQL server's; %2 is a file").arg(what, target->label));
    listing.target = *target;
    return listing;
}

} // namespace dbpulse::cli
