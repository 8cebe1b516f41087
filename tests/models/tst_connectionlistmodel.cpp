#include "models/connectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace dbpulse;

class TstConnectionListModel : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile profile(const QString &name, const QString &tag = {})
    {
        ConnectionProfile p;
        p.name = name;
        p.host = QStringLiteral("db.example");
        p.database = QStringLiteral("app");
        p.color = QStringLiteral("#ff0000");
        p.tag = tag;
        return p;
    }
    static Target adHoc(const QString &conninfo)
    {
        Target t;
        t.conninfo = conninfo;
        t.label = conninfo;
        return t;
    }

private Q_SLOTS:
    void profilesThenAdHoc()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({profile(QStringLiteral("prod"), QStringLiteral("prod")),
                           profile(QStringLiteral("staging"))});
        const QString a = model.addTarget(adHoc(QStringLiteral("host=a")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.keyAt(0), ConnectionListModel::profileKey(QStringLiteral("prod")));
        QCOMPARE(model.keyAt(2), a);
        QCOMPARE(model.rowCount(model.index(0)), 0);

        const QModelIndex prod = model.index(0);
        QCOMPARE(prod.data(ConnectionListModel::NameRole).toString(), QStringLiteral("prod"));
        QCOMPARE(prod.data(ConnectionListModel::TagRole).toString(), QStringLiteral("prod"));
        QCOMPARE(prod.data(ConnectionListModel::ColorRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(prod.data(ConnectionListModel::AdHocRole).toBool(), false);
        QCOMPARE(model.index(2).data(ConnectionListModel::AdHocRole).toBool(), true);
        QVERIFY(!model.index(2).data(ConnectionListModel::ColorRole).value<QColor>().isValid());
        QVERIFY(!prod.data(Qt::UserRole + 999).isValid());

        // The same target again is the same row, not a duplicate.
        QCOMPARE(model.addTarget(adHoc(QStringLiteral("host=a"))), a);
        QCOMPARE(model.rowCount(), 3);
        // New profiles go before the ad-hoc rows.
        model.setProfiles({profile(QStringLiteral("prod")), profile(QStringLiteral("staging")),
                           profile(QStringLiteral("zeta"))});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.keyAt(2), ConnectionListModel::profileKey(QStringLiteral("zeta")));
        QCOMPARE(model.keyAt(3), a);
    }

    void stateSurvivesProfileReload()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({profile(QStringLiteral("a")), profile(QStringLiteral("b"))});
        const QString b = ConnectionListModel::profileKey(QStringLiteral("b"));
        ConnectionStatus st;
        st.state = ConnectionState::Connected;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(b, st);
        QCOMPARE(changed.count(), 1);
        ServerInfo info;
        info.product = QStringLiteral("PostgreSQL");
        info.version = QStringLiteral("15.4");
        model.setServerInfo(b, info);

        model.setProfiles({profile(QStringLiteral("b"))}); // "a" removed
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.status(b).state, ConnectionState::Connected);
        QCOMPARE(model.index(0).data(ConnectionListModel::ServerVersionRole).toString(),
                 QStringLiteral("PostgreSQL 15.4"));
        QCOMPARE(model.index(0).data(ConnectionListModel::StatusTextRole).toString(),
                 QStringLiteral("connected"));
    }

    void statusTexts()
    {
        ConnectionListModel model;
        const QString key = model.addTarget(adHoc(QStringLiteral("host=x")));
        ConnectionStatus st;
        st.state = ConnectionState::Reconnecting;
        st.attempt = 2;
        st.retryInMs = 3500;
        st.error = QStringLiteral("connection refused\n");
        model.setStatus(key, st);
        QCOMPARE(model.indexForKey(key).data(ConnectionListModel::StatusTextRole).toString(),
                 QStringLiteral("reconnecting in 4 s (attempt 2): connection refused"));
        QCOMPARE(model.indexForKey(key).data(ConnectionListModel::StateRole).toInt(),
                 int(ConnectionState::Reconnecting));
        st.state = ConnectionState::Failed;
        st.error = QStringLiteral("password authentication failed");
        model.setStatus(key, st);
        QCOMPARE(model.indexForKey(key).data(ConnectionListModel::StatusTextRole).toString(),
                 QStringLiteral("failed: password authentication failed"));
        QCOMPARE(model.indexForKey(key).data(ConnectionListModel::ErrorRole).toString(), st.error);
    }

    void placeholderGetsTarget()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = model.addPlaceholder(QStringLiteral("Demo database"),
                                                 QStringLiteral("Starting demo database…"));
        QVERIFY(!model.hasTarget(key));
        QCOMPARE(model.indexForKey(key).data(ConnectionListModel::StatusTextRole).toString(),
                 QStringLiteral("Starting demo database…"));
        model.setTarget(key, adHoc(QStringLiteral("postgresql://127.0.0.1:5999/demo")));
        model.setNote(key, {});
        QVERIFY(model.hasTarget(key));
        QCOMPARE(model.indexForKey(key).data(ConnectionListModel::NameRole).toString(),
                 QStringLiteral("Demo database"));
        QVERIFY(model.removeAdHoc(key));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.removeAdHoc(key));
    }
};

QTEST_GUILESS_MAIN(TstConnectionListModel)
#include "tst_connectionlistmodel.moc"
