#pragma once

#include <QObject>
#include <QProcess>

namespace dbpulse {

class ServerRegistry;

/// \brief Runs `dbpulse-cli demo` as a child process, shows "Starting demo database…" as a
/// connection row and connects to the target the child prints. The destructor stops the child
/// (SIGTERM: it stops its cluster) so quitting never leaves it running. GUI thread.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(ServerRegistry *servers, QObject *parent = nullptr);
    ~DemoLauncher() override;

    /// DBPULSE_CLI, else next to this executable (build tree: ../cli/dbpulse-cli), else PATH.
    static QString findCli();

    /// Starts the child; returns the key of the placeholder row.
    QString start(const QString &cliPath = findCli());
    /// Terminates the child and waits briefly for it to stop its cluster.
    void stop();
    QString key() const { return m_key; }

Q_SIGNALS:
    /// The demo printed its target and the connection is starting.
    void ready(const QString &key);
    void failed(const QString &key, const QString &error);
    /// The demo's sample migrations folder and its backup destination (printed after its target).
    void foldersReady(const QString &migrations, const QString &backups);
    /// The demo's first backup is written (into the backup destination).
    void backupWritten(const QString &path);

private:
    void readOutput();
    /// A line after the target: the demo's folders and its first backup.
    void readFolderLine(const QString &line);
    void fail(const QString &error);

    ServerRegistry *m_servers;
    QProcess m_process;
    QString m_key;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    bool m_resolved = false;
    QString m_migrationsFolder;
};

} // namespace dbpulse
