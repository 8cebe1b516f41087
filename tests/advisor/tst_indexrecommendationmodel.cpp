// The Indexes page's model: Qt's model checks plus what each column shows.
#include "models/indexrecommendationmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dbpulse;

class TestIndexRecommendationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAdvice()
    {
        IndexRecommendationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IndexRecommendation r;
        r.kind = IndexRecommendation::Kind::FkUnindexed;
        r.schema = QStringLiteral("public");
        r.table = QStringLiteral("Bestell Posten");
        r.columns = {QStringLiteral("a"), QStringLiteral("b")};
        r.priority = IndexRecommendation::Priority::High;
        r.reason = QStringLiteral("why");
        r.estimatedBenefit = QStringLiteral("lots");
        model.setRecommendations({r, r});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        // A person reads the kind; reports and the CLI keep its name.
        QCOMPARE(model.index(0, IndexRecommendationModel::KindColumn).data().toString(), QStringLiteral("Foreign key without index"));
        QCOMPARE(model.index(0, IndexRecommendationModel::KindColumn).data(IndexRecommendationModel::KindRole).toString(),
                 QStringLiteral("fk_unindexed"));
        QCOMPARE(model.index(0, IndexRecommendationModel::PriorityColumn).data().toString(), QStringLiteral("High"));
        QCOMPARE(model.index(0, IndexRecommendationModel::TableColumn).data().toString(), QStringLiteral("public.Bestell Posten"));
        QCOMPARE(model.index(1, IndexRecommendationModel::ColumnsColumn).data().toString(), QStringLiteral("a, b"));
        QCOMPARE(model.index(1, IndexRecommendationModel::PriorityColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("why"));
        QVERIFY(model.index(1, IndexRecommendationModel::BenefitColumn).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("lots")));
        QVERIFY(model.recommendation(2) == nullptr);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndexRecommendationModel)
#include "tst_indexrecommendationmodel.moc"
