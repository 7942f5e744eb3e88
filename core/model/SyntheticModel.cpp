#include "SyntheticModel.h"

#include "Model.h"

#include <QRandomGenerator>

namespace latch {

namespace {

class Builder
{
public:
    Builder(int limit, quint32 seed)
        : m_limit(limit)
        , m_random(seed)
    {
    }

    bool full() const { return m_count >= m_limit; }

    // Ids in Latch's own shape, drawn from the seeded generator so output is reproducible.
    QString id(char prefix)
    {
        const quint64 bits = m_random.generate64() & 0xFFFFFFFFFFFFull;
        return QString(QLatin1Char(prefix)) + QLatin1Char('-') +
               QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
    }

    QString box(Diagram& d, ElementKind kind, const QString& name, Rect bounds)
    {
        if (full())
            return {};
        Element e;
        e.id = id('e');
        e.kind = kind;
        e.name = name;
        e.bounds = bounds;
        d.elements.append(e);
        ++m_count;
        return e.id;
    }

    void flow(Diagram& d, const QString& source, const QString& target, const QString& name,
              bool encrypted)
    {
        if (full() || source.isEmpty() || target.isEmpty())
            return;
        Element e;
        e.id = id('e');
        e.kind = ElementKind::Flow;
        e.name = name;
        e.source = source;
        e.target = target;
        e.properties.insert(QStringLiteral("encrypted"), encrypted);
        e.properties.insert(QStringLiteral("protocol"),
                            encrypted ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"));
        d.elements.append(e);
        ++m_count;
    }

    QRandomGenerator& random() { return m_random; }

private:
    int m_limit;
    int m_count = 0;
    QRandomGenerator m_random;
};

} // namespace

Model SyntheticModel::generate(int elementCount, quint32 seed)
{
    Model model;
    model.title = QStringLiteral("Synthetic model of %1 elements").arg(elementCount);
    model.description = QStringLiteral("Generated for benchmarks by latch-cli generate.");
    Builder b(elementCount, seed);
    Diagram diagram;
    diagram.id = b.id('d');
    diagram.name = QStringLiteral("Synthetic");

    // Clusters on a square-ish grid; each cell is 1000 x 760 scene units. A cluster has
    // 8 shapes and 12 flows, so a model has about 1.5 flows per shape, like real diagrams.
    constexpr int cellWidth = 1000;
    constexpr int cellHeight = 760;
    constexpr int perCluster = 20;
    const int clusters = (elementCount + perCluster - 1) / perCluster;
    int columns = 1;
    while (columns * columns < clusters)
        ++columns;

    QString previousApi;
    for (int c = 0; !b.full(); ++c) {
        const int x = (c % columns) * cellWidth;
        const int y = (c / columns) * cellHeight;
        const QString n = QString::number(c + 1);
        b.box(diagram, ElementKind::Boundary, QStringLiteral("Zone ") + n,
              {x + 180, y + 20, 780, 700});
        const QString client = b.box(diagram, ElementKind::Entity, QStringLiteral("Client ") + n,
                                     {x, y + 60, 140, 70});
        const QString api = b.box(diagram, ElementKind::Process, QStringLiteral("API ") + n,
                                  {x + 240, y + 40, 110, 110});
        const QString worker = b.box(diagram, ElementKind::Process, QStringLiteral("Worker ") + n,
                                     {x + 480, y + 40, 110, 110});
        const QString auth = b.box(diagram, ElementKind::Process, QStringLiteral("Auth ") + n,
                                   {x + 240, y + 300, 110, 110});
        const QString db = b.box(diagram, ElementKind::Store, QStringLiteral("Database ") + n,
                                 {x + 700, y + 300, 160, 60});
        const QString cache = b.box(diagram, ElementKind::Store, QStringLiteral("Cache ") + n,
                                    {x + 480, y + 300, 160, 60});
        const QString log = b.box(diagram, ElementKind::Store, QStringLiteral("Audit log ") + n,
                                  {x + 480, y + 560, 160, 60});
        const bool tls = b.random().bounded(4) != 0;
        b.flow(diagram, client, api, QStringLiteral("Request"), tls);
        b.flow(diagram, api, client, QStringLiteral("Response"), tls);
        b.flow(diagram, api, auth, QStringLiteral("Verify token"), true);
        b.flow(diagram, auth, api, QStringLiteral("Token claims"), true);
        b.flow(diagram, api, worker, QStringLiteral("Job"), true);
        b.flow(diagram, worker, db, QStringLiteral("Write"), b.random().bounded(3) != 0);
        b.flow(diagram, db, worker, QStringLiteral("Read"), true);
        b.flow(diagram, api, cache, QStringLiteral("Cache lookup"), false);
        b.flow(diagram, cache, api, QStringLiteral("Cached value"), false);
        b.flow(diagram, api, log, QStringLiteral("Audit event"), true);
        b.flow(diagram, worker, log, QStringLiteral("Job event"), true);
        b.flow(diagram, previousApi, api, QStringLiteral("Upstream call"), tls);
        previousApi = api;
    }
    model.diagrams.append(std::move(diagram));
    return model;
}

} // namespace latch
