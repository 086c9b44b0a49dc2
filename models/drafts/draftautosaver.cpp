#include "draftautosaver.h"

#include "draftstore.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

DraftAutosaver::DraftAutosaver(DraftStore *store, const QString &draftId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_draftId(draftId)
    , m_key(draftId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire 5% late, and the bound is the point.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
    if (store) {
        const Draft existing = store->draft(draftId);
        m_kind = existing.kind;
        m_accountId = existing.accountId;
        connect(store, &DraftStore::unsavedWritten, this, &DraftAutosaver::onUnsavedWritten);
    }
}

DraftAutosaver::DraftAutosaver(DraftStore *store, const QString &kind, const QString &accountId,
                               QObject *parent)
    : DraftAutosaver(store, QString(), parent)
{
    m_kind = kind;
    m_accountId = accountId;
    m_key = u"new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

DraftAutosaver::~DraftAutosaver()
{
    // No signals now: the receivers (the form) are usually being destroyed too. What cannot
    // be written stays with the store, which goes on trying.
    blockSignals(true);
    flush();
}

void DraftAutosaver::update(const QJsonObject &payload, const QString &title, bool valid)
{
    m_payload = payload;
    m_title = title;
    m_valid = valid;
    if (!m_pending) {
        m_pending = true;
        m_pendingSince.start();
    }
    // Debounce, but never past MaxWaitMs after the oldest unsaved change.
    const qint64 waited = m_pendingSince.elapsed();
    m_timer->start(int(std::clamp<qint64>(MaxWaitMs - waited, 0, DelayMs)));
}

Draft DraftAutosaver::content() const
{
    Draft d = m_store ? m_store->draft(m_draftId) : Draft();
    d.id = m_draftId;
    d.kind = m_kind;
    d.accountId = m_accountId;
    d.payload = m_payload;
    d.title = m_title;
    d.valid = m_valid;
    return d;
}

bool DraftAutosaver::flush()
{
    m_timer->stop();
    if (!m_pending)
        return !m_failing;
    if (!m_store) {
        m_pending = false;
        return false;
    }
    bool ok = false;
    QString createdId;
    if (m_draftId.isEmpty()) {
        const Draft created = m_store->create(m_kind, m_accountId, m_title, m_payload, m_valid);
        ok = !created.isNull();
        createdId = created.id;
    } else {
        ok = m_store->updateContent(m_draftId, m_payload, m_title, m_valid);
    }
    m_pending = false;
    if (!ok) {
        const QString message = m_store->errorString();
        if (!m_draftId.isEmpty()) {
            const Draft draft = m_store->draft(m_draftId);
            if (draft.isNull() || !draft.isEditable()) {
                // Deleted, or sent meanwhile: there is nothing left to write this into.
                emit saveFailed(message);
                return false;
            }
        }
        // The store keeps it and tries again until it can be written.
        m_failure = m_store->failure();
        m_failureMessage = message;
        m_store->keepUnsaved(m_key, content());
        setFailing(true);
        emit saveFailed(message);
        return false;
    }
    if (!createdId.isEmpty()) {
        m_draftId = createdId;
        m_store->forgetUnsaved(m_key); // nothing older may be written after this
        m_key = createdId;
        setFailing(false);
        emit created(createdId);
    } else if (m_failing) {
        m_store->forgetUnsaved(m_key);
        setFailing(false);
    }
    emit saved();
    return true;
}

void DraftAutosaver::onUnsavedWritten(const QString &key, const QString &draftId)
{
    if (key != m_key)
        return;
    // The store's retry wrote what this saver could not. Newer content may be pending: it
    // goes to the same draft with the next flush.
    if (m_draftId.isEmpty() && !draftId.isEmpty()) {
        m_draftId = draftId;
        m_key = draftId;
        setFailing(false);
        emit created(draftId);
    } else {
        setFailing(false);
    }
    emit saved();
}

void DraftAutosaver::setFailing(bool failing)
{
    if (!failing) {
        m_failure = StorageFailure::Kind::None;
        m_failureMessage.clear();
    }
    if (m_failing == failing)
        return;
    m_failing = failing;
    emit saveStateChanged();
}
