#pragma once

#include "storagefailure.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class DraftStore;
class QTimer;
struct Draft;

// Keeps one form's draft on disk as the user types. The form calls update() on every
// change; the content is written DelayMs after the last change (a debounce), but never
// more than MaxWaitMs after the first change not yet written, so steady typing that never
// pauses is still saved several times a second: a kill loses at most the last half second.
// flush() writes at once (the document binding calls it on every focus change, tab switch
// and submit); the destructor flushes too.
//
//     m_saver = new DraftAutosaver(store, draftId, this);          // an existing draft
//     m_saver = new DraftAutosaver(store, kind, accountId, this);  // created on first write
//     connect(form, &DraftForm::payloadChanged, this, [this, form] {
//         m_saver->update(form->payload(), form->draftTitle(), form->isComplete());
//     });
//
// A write that fails (a full disk, a read-only folder) is handed to the store, which keeps
// the content in memory and writes it again every DraftStore::RetryMs until it succeeds,
// even after this saver is gone (DraftStore::keepUnsaved). Meanwhile isFailing() is true and
// failure() says why: the form shows it for as long as it lasts. saveStateChanged() marks
// both ends; saved() follows every successful write, saveFailed() every failed one.
class DraftAutosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosaver)

public:
    static constexpr int DelayMs = 300;
    static constexpr int MaxWaitMs = 250;

    DraftAutosaver(DraftStore *store, const QString &draftId, QObject *parent = nullptr);
    // For a draft that does not exist yet: the first write creates it (created()).
    DraftAutosaver(DraftStore *store, const QString &kind, const QString &accountId,
                   QObject *parent = nullptr);
    ~DraftAutosaver() override; // flushes

    // Empty until the draft exists.
    QString draftId() const { return m_draftId; }
    void update(const QJsonObject &payload, const QString &title, bool valid);
    // Writes what is pending now; true when nothing is left unsaved.
    bool flush();
    bool hasPendingChanges() const { return m_pending; }
    // The last write failed and the store has not managed to write it since.
    bool isFailing() const { return m_failing; }
    StorageFailure::Kind failure() const { return m_failure; }
    QString failureMessage() const { return m_failureMessage; }

signals:
    void saved();
    void saveFailed(const QString &message);
    // isFailing() changed.
    void saveStateChanged();
    // The draft was written for the first time (by this saver or by the store's retry).
    void created(const QString &draftId);

private:
    void setFailing(bool failing);
    void onUnsavedWritten(const QString &key, const QString &draftId);
    Draft content() const;

    QPointer<DraftStore> m_store;
    QString m_draftId;
    QString m_kind;
    QString m_accountId;
    QString m_key; // what the store keeps unsaved content under
    QTimer *m_timer;
    QElapsedTimer m_pendingSince; // the oldest change not yet written
    QJsonObject m_payload;
    QString m_title;
    bool m_valid = false;
    bool m_pending = false;
    bool m_failing = false;
    StorageFailure::Kind m_failure = StorageFailure::Kind::None;
    QString m_failureMessage;
};
