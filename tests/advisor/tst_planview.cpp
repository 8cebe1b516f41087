// The plan view's parameter form against the real test cluster: one row per $n with the type the
// server infers, values remembered per statement, the NULL ones named above the plan.
#include "explainfixture.h"

#include "core/db/target.h"
#include "models/planmodel.h"
#include "models/servercontext.h"
#include "tests/support/testcluster.h"
#include "widgets/planparametersform.h"
#include "widgets/planview.h"

#include <QLabel>
#include <QLineEdit>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using dbpulse::test::ExplainFixture;

namespace {

const QString database = u"explain_planview"_s;
const QString twoParameters = u"SELECT count(*) FROM skew WHERE k = $1 AND label <> $2"_s;

// The one live server the view explains on.
class OneServer : public dbpulse::ServerContexts
{
public:
    explicit OneServer(const dbpulse::Target &target) : m_target(target) {}
    dbpulse::ServerContext context(const QString &key) const override
    {
        dbpulse::ServerContext c;
        c.key = key;
        c.target = m_target;
        c.live = true;
        return c;
    }
    QString livePassword(const dbpulse::Target &) const override { return {}; }

private:
    dbpulse::Target m_target;
};

// Every node label of the plan shown, depth first.
QStringList labels(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out << index.data().toString() << labels(model, index);
    }
    return out;
}

} // namespace

class tst_PlanView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OneServer> m_servers;

    static bool explainAndWait(dbpulse::PlanView &view, QString *error)
    {
        QSignalSpy done(&view, &dbpulse::PlanView::explained);
        view.explain(false);
        if (!done.wait(30000))
            return false;
        *error = done.first().first().toString();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString error = ExplainFixture::create(cluster, database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_servers = std::make_unique<OneServer>(*dbpulse::parseTarget(cluster->uri()).target);
    }

    void formShowsTypesAndNamesNulls()
    {
        dbpulse::PlanView view(m_servers.get());
        view.resize(1152, 864);
        view.setCurrentKey(u"server"_s);
        dbpulse::PlanParametersForm *form = view.parametersForm();

        QSignalSpy described(&view, &dbpulse::PlanView::parametersDescribed);
        view.setStatement(twoParameters, database);
        QCOMPARE(form->count(), 2); // from the parser, before the server answered
        QVERIFY(!form->isHidden());
        QVERIFY(described.wait(30000));
        QCOMPARE(described.first().first().toString(), QString());
        QCOMPARE(form->parameters().at(0).type, u"integer"_s);
        QCOMPARE(form->parameters().at(1).type, u"text"_s);

        // Typing a value clears its NULL box; $2 is left NULL.
        auto *value1 = form->findChild<QLineEdit *>(u"parameterValue1"_s);
        QVERIFY(value1);
        QTest::keyClicks(value1, u"1001"_s);
        QVERIFY(!form->findChild<QCheckBox *>(u"parameterNull1"_s)->isChecked());
        QCOMPARE(form->values(), (QStringList{u"1001"_s, QString()}));
        QString error;
        QVERIFY(explainAndWait(view, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(view.nullNoteText(), u"$2 was NULL: the plan may differ from real executions."_s);
        QVERIFY(!view.findChild<QLabel *>(u"planNullNote"_s)->isHidden());

        // Another statement and back: the values typed for this one are still there.
        view.setStatement(u"SELECT 1"_s, database);
        QVERIFY(form->isHidden());
        QVERIFY(view.nullNoteText().isEmpty());
        view.setStatement(twoParameters, database);
        QCOMPARE(form->values(), (QStringList{u"1001"_s, QString()}));
        QCOMPARE(form->parameters().at(0).type, u"integer"_s);

        // Every value given: no note; the rare value is found through the index, the common one
        // by a sequential scan.
        form->setValue(2, u"none"_s);
        QVERIFY(explainAndWait(view, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(view.nullNoteText(), QString());
        QVERIFY(view.findChild<QLabel *>(u"planNullNote"_s)->isHidden());
        QVERIFY2(labels(view.model()).join(u'|').contains(QLatin1String(ExplainFixture::indexName)),
                 qPrintable(labels(view.model()).join(u'|')));
        form->setValue(1, u"1"_s);
        QVERIFY(explainAndWait(view, &error));
        QVERIFY2(labels(view.model()).join(u'|').contains(u"Seq Scan on skew"_s), qPrintable(labels(view.model()).join(u'|')));

        // Ticking NULL again: the generic plan, both named.
        form->setValue(1, QString());
        form->setValue(2, QString());
        QVERIFY(explainAndWait(view, &error));
        QCOMPARE(view.nullNoteText(), u"$1 and $2 were NULL: the plan may differ from real executions."_s);
        QVERIFY2(view.statusText().contains(u"Generic plan"_s), qPrintable(view.statusText()));
        // For docs/screenshots: the view as a person sees it after this.
        if (const QByteArray shot = qgetenv("DBPULSE_PLANVIEW_SCREENSHOT"); !shot.isEmpty())
            view.grab().save(QString::fromLocal8Bit(shot));

        // Another server: nothing of this one's statement is shown.
        view.setCurrentKey(u"other"_s);
        QVERIFY(form->isHidden());
        QCOMPARE(form->count(), 0);
    }
};

QTEST_MAIN(tst_PlanView)
#include "tst_planview.moc"
