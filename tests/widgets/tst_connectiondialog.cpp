#include "widgets/connectiondialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace dbpulse;

class TstConnectionDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *field(QWidget *dialog, const QString &label)
    {
        // Fields are found through their buddy labels, as a screen reader would.
        const auto labels = dialog->findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (l->text().remove(QLatin1Char('&')) == label)
                return qobject_cast<T *>(l->buddy());
        }
        return nullptr;
    }

private Q_SLOTS:
    void roundTripsAProfile()
    {
        ConnectionDialog dialog({QStringLiteral("prod")}, true);
        ConnectionProfile p;
        p.name = QStringLiteral("staging");
        p.host = QStringLiteral("db.internal");
        p.port = 6432;
        p.database = QStringLiteral("app");
        p.user = QStringLiteral("monitor");
        p.sslmode = QStringLiteral("require");
        p.color = QStringLiteral("#ff8800");
        p.tag = QStringLiteral("staging");
        dialog.setProfile(p);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit connection"));
        QCOMPARE(dialog.profile(), p);
        QVERIFY(dialog.password().isEmpty());
    }

    void rejectsDuplicateNames()
    {
        ConnectionDialog dialog({QStringLiteral("prod")}, true);
        field<QLineEdit>(&dialog, QStringLiteral("Name:"))->setText(QStringLiteral("prod"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
    }

    void keychainCheckboxDisabledWithoutKeychain()
    {
        ConnectionDialog dialog({}, false);
        const auto boxes = dialog.findChildren<QCheckBox *>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(!boxes.first()->isEnabled());
        QVERIFY(!dialog.saveInKeychain());
    }

    void testConnectionRunsOffTheGuiThread()
    {
        ConnectionDialog dialog({}, false);
        dialog.show();
        field<QLineEdit>(&dialog, QStringLiteral("Name:"))->setText(QStringLiteral("nowhere"));
        field<QLineEdit>(&dialog, QStringLiteral("Host:"))->setText(QStringLiteral("127.0.0.1"));
        field<QSpinBox>(&dialog, QStringLiteral("Port:"))->setValue(1);
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        QElapsedTimer timer;
        timer.start();
        dialog.testConnection();
        QVERIFY2(timer.elapsed() < 200, "testConnection() must return at once");
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("Could not connect")));
        if (qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("DBPULSE_SHOT_DIR") + QStringLiteral("/connectiondialog.png"));
    }
};

QTEST_MAIN(TstConnectionDialog)
#include "tst_connectiondialog.moc"
