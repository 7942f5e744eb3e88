// The threats panel's proxy: sorted by risk, highest first, the panel lists the register in
// the order every export uses (ties by category, title and id; obsolete threats last), and
// its filters leave out what they say.
#include "Document.h"
#include "ModelBuilder.h"
#include "docks/ThreatFilterProxy.h"
#include "docks/ThreatTableModel.h"

#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

Threat threat(const QString& id, const QString& category, const QString& title, int dread,
              bool obsolete = false)
{
    Threat t;
    t.id = id;
    t.element = QStringLiteral("api");
    t.category = category;
    t.title = title;
    t.origin = ThreatOrigin::Manual;
    t.obsolete = obsolete;
    if (dread > 0)
        t.dread = DreadScore{dread, dread, dread, dread, dread};
    return t;
}

QStringList rowsOf(const ThreatFilterProxy& proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(ThreatTableModel::ThreatIdRole).toString();
    return ids;
}

} // namespace

class TestThreatFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void riskOrderIsTheRegisterOrder();
};

void TestThreatFilterProxy::riskOrderIsTheRegisterOrder()
{
    ModelBuilder b;
    b.box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("API"), {0, 0, 100, 100});
    // In the file in an order that is none of the expected ones.
    b.threat(threat(QStringLiteral("t-4"), QStringLiteral("tampering"), QStringLiteral("Zap"), 5))
        .threat(threat(QStringLiteral("t-9"), QStringLiteral("spoofing"), QStringLiteral("Old"), 10,
                       true))
        .threat(
            threat(QStringLiteral("t-3"), QStringLiteral("tampering"), QStringLiteral("Bend"), 5))
        .threat(
            threat(QStringLiteral("t-2"), QStringLiteral("tampering"), QStringLiteral("Alter"), 8))
        .threat(
            threat(QStringLiteral("t-1"), QStringLiteral("spoofing"), QStringLiteral("Pose"), 8))
        .threat(
            threat(QStringLiteral("t-6"), QStringLiteral("repudiation"), QStringLiteral("Deny"), 3))
        .threat(threat(QStringLiteral("t-5"), QStringLiteral("repudiation"), QStringLiteral("Deny"),
                       3));
    Document document(b.model());
    ThreatTableModel table(&document);
    ThreatFilterProxy proxy;
    proxy.setSourceModel(&table);
    proxy.setShowObsolete(true);
    proxy.sort(ThreatTableModel::Risk, Qt::DescendingOrder);
    QCOMPARE(rowsOf(proxy),
             (QStringList{QStringLiteral("t-1"), QStringLiteral("t-2"), QStringLiteral("t-3"),
                          QStringLiteral("t-4"), QStringLiteral("t-5"), QStringLiteral("t-6"),
                          QStringLiteral("t-9")}));
    proxy.setShowObsolete(false);
    QCOMPARE(proxy.rowCount(), 6);
    QVERIFY(!rowsOf(proxy).contains(QStringLiteral("t-9")));
    // Ascending reads the same list backwards.
    proxy.setShowObsolete(true);
    proxy.sort(ThreatTableModel::Risk, Qt::AscendingOrder);
    QCOMPARE(rowsOf(proxy).first(), QStringLiteral("t-9"));
    QCOMPARE(rowsOf(proxy).last(), QStringLiteral("t-1"));
}

QTEST_MAIN(TestThreatFilterProxy)
#include "tst_threatfilterproxy.moc"
