#include "Comparison.h"

#include "Document.h"
#include "GitProcess.h"
#include "format/ModelFile.h"
#include "format/TmodelReader.h"

#include <QDir>
#include <QFileInfo>

namespace latch {

Comparison::Comparison(Document* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &Comparison::recompute);
    const auto edited = [this] {
        if (isActive())
            m_settle.start();
    };
    connect(m_document, &Document::elementInserted, this, edited);
    connect(m_document, &Document::elementChanged, this, edited);
    connect(m_document, &Document::elementRemoved, this, edited);
    connect(m_document, &Document::diagramsChanged, this, edited);
    connect(m_document, &Document::threatsChanged, this, edited);
    connect(m_document, &Document::threatChanged, this, edited);
    connect(m_document, &Document::mitigationsChanged, this, edited);
    connect(m_document, &Document::objectivesChanged, this, edited);
    connect(m_document, &Document::libraryChanged, this, edited);
}

Comparison::~Comparison() = default;

bool Comparison::compareWithFile(const QString& path, QString* error)
{
    auto model = ModelFile::load(path, error);
    if (!model)
        return false;
    start(std::make_shared<const Model>(std::move(*model)), QFileInfo(path).fileName());
    return true;
}

bool Comparison::compareWithRevision(const QString& revision, QString* error)
{
    const QString path = m_document->filePath();
    const QString rev = revision.trimmed();
    if (path.isEmpty()) {
        *error = tr("The model has no file yet: save it in a git repository to compare it "
                    "with a revision.");
        return false;
    }
    // A revision, never an option or a path of its own.
    if (rev.isEmpty() || rev.startsWith(QLatin1Char('-')) || rev.contains(QLatin1Char(':')) ||
        rev.contains(QLatin1Char(' '))) {
        *error = tr("“%1” is not a git revision (a branch, a tag, a commit or HEAD~1).").arg(rev);
        return false;
    }
    const QFileInfo info(path);
    const QString label = rev + QLatin1Char(':') + info.fileName();
    QString gitError;
    // "./name" is relative to the folder git runs in, wherever the repository's top is.
    const auto bytes = GitProcess::run(
        info.absolutePath(),
        {QStringLiteral("show"), rev + QStringLiteral(":./") + info.fileName()}, &gitError);
    if (!bytes) {
        *error = tr("%1: cannot be read from git (%2)").arg(label, gitError);
        return false;
    }
    FormatError formatError;
    auto model = TmodelReader::read(*bytes, &formatError);
    if (!model) {
        *error = formatError.toString(label);
        return false;
    }
    start(std::make_shared<const Model>(std::move(*model)), label);
    return true;
}

void Comparison::clear()
{
    if (!isActive())
        return;
    m_settle.stop();
    m_other.reset();
    m_label.clear();
    m_changes.clear();
    Q_EMIT changed();
}

void Comparison::setIgnoreLayout(bool ignore)
{
    if (ignore == m_ignoreLayout)
        return;
    m_ignoreLayout = ignore;
    if (isActive())
        recompute();
}

void Comparison::start(std::shared_ptr<const Model> other, const QString& label)
{
    m_other = std::move(other);
    m_label = label;
    recompute();
}

void Comparison::recompute()
{
    m_settle.stop();
    if (!m_other)
        return;
    m_changes = ModelDiff::compare(*m_other, m_document->model());
    if (m_ignoreLayout)
        m_changes = ModelDiff::withoutLayout(m_changes);
    Q_EMIT changed();
}

} // namespace latch
