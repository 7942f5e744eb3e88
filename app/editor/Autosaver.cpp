#include "Autosaver.h"

#include "Document.h"

namespace latch {

Autosaver::Autosaver(Document* document, RecoveryStore store, int intervalSeconds, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
{
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_store.discard(m_document->recoveryKey());
    });
    setInterval(intervalSeconds);
}

void Autosaver::setInterval(int seconds)
{
    m_timer.stop();
    if (seconds > 0)
        m_timer.start(seconds * 1000);
}

Autosaver::~Autosaver()
{
    // A normal close: nothing to recover.
    m_store.discard(m_document->recoveryKey());
}

bool Autosaver::saveNow()
{
    if (!m_document->isModified())
        return false;
    QString error;
    if (!m_store.save(*m_document, &error)) {
        qWarning("autosave: %s", qPrintable(error));
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT saved();
    return true;
}

} // namespace latch
