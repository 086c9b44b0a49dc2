#pragma once

#include "api/accountclient.h"
#include "draft.h"
#include "draftsender.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <map>

class DraftStore;
class QTimer;

// Sends one account's drafts, one at a time, and records one outcome per draft in the
// store. It is the only way anything is submitted: "Send when online" queues a draft at the
// back, a form's own Create (submitNow) at the front and at once. Outcomes:
//   Sent      created; remoteId says what it became;
//   Rejected  refused (by the server or a local check): editable again, errors on fields;
//   Queued    the server could not be reached before sending: waits and tries again;
//   Unknown   the request may have arrived (connection lost, timeout, crash): reconciled
//             against the server before anything is sent again, so nothing is created
//             or bought twice. A server may finish after the client gave up, or list the
//             new record a moment late, so "not found" is believed only after looking again
//             at growing intervals (setCheckDelays(); the draft says "Checking…" meanwhile
//             and other drafts go on);
//   Undecided the server has records that may be the draft's and the sender cannot tell:
//             the user chooses (resolve()); nothing is sent meanwhile.
// The state is written before every request, so a crash mid-send is reconciled at the
// next start. An outcome the disk refuses to take (a full disk) is kept in memory and
// written when it can (DraftStore::saveOrKeep): meanwhile nothing more is sent
// (WaitingForDisk), so no purchase happens that could not be recorded. Going online is noticed from the account's own requests
// (AccountClient::connectionStateChanged), from QNetworkInformation when a backend is
// available, and from probes repeated with backoff while the server is unreachable.
//
//     auto *outbox = new Outbox(store, client, this);   // one per account
//     outbox->setSender(DraftKind::Property, std::make_unique<PropertyDraftSender>(client));
//     outbox->start();
//     store->enqueue(draftId);                          // the outbox notices by itself
//     outbox->submitNow(otherId);                       // a form's Create: first, now
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    enum class Status {
        Idle,              // nothing to send
        Sending,           // working through the queue
        WaitingForNetwork, // the server cannot be reached (probing with backoff), or asked
                           // to wait (Retry-After): nothing is sent before its time
        WaitingForDisk,    // an outcome could not be written yet: nothing is sent until it is
    };
    Q_ENUM(Status)

    Outbox(DraftStore *store, AccountClient *client, QObject *parent = nullptr);
    ~Outbox() override;

    QString accountId() const;
    // Drafts of kinds without a sender stay queued and are skipped.
    void setSender(const QString &kind, std::unique_ptr<DraftSender> sender);
    bool hasSender(const QString &kind) const;
    // Backoff between probes while offline (defaults 1 s doubling to 60 s). After a 429 with
    // Retry-After the server's time is waited instead (AccountClient::pacer()).
    void setRetryDelays(int initialMs, int maxMs);
    // After a lost answer, the server is read at once and, while it says "not found", again
    // after each of these delays before "not done" is concluded (defaults 2, 5, 15, 60 s).
    void setCheckDelays(const QList<int> &delaysMs);
    QList<int> checkDelays() const { return m_checkDelaysMs; }

    // Starts sending; a draft left Sending by a crash becomes Unknown and is reconciled.
    void start();
    Status status() const { return m_status; }

    // A form's Create: the draft joins the front of the queue and is tried at once, even
    // while the outbox waits for the network. False (with the reason) if it cannot be
    // queued: not complete, already in the outbox or sent, no sender for its kind.
    bool submitNow(const QString &id, QString *why = nullptr);
    // The user's answer for an Undecided draft: remoteId is the candidate it created (Sent,
    // or for a stepwise draft that step done), or empty for "none of these" (queued again
    // and sent).
    bool resolve(const QString &id, const QString &remoteId, QString *why = nullptr);
    // The account's drafts waiting to be sent or reconciled.
    int pendingCount() const;
    // Why sending waits, when WaitingForNetwork or WaitingForDisk.
    QString waitReason() const { return m_waitReason; }

signals:
    void statusChanged(Outbox::Status status);
    void draftSent(const QString &id, const QString &remoteId);
    // One step of a stepwise draft (one number of a cart) created remoteId; the draft goes on.
    void draftStepSent(const QString &id, const QString &remoteId);
    void draftRejected(const QString &id, const QString &message);
    // Reconciling found records that may be the draft's; the user decides.
    void draftUndecided(const QString &id);

private:
    void scheduleNext();
    void processNext();
    void sendDraft(const Draft &draft);
    void onSent(const QString &id, const ApiResult &result);
    void reconcileDraft(Draft draft);
    // Sent with remoteId, announced; no step of the queue ends (resolve() uses it alone).
    bool recordSent(Draft draft, const QString &remoteId);
    void markSent(Draft draft, const QString &remoteId);
    void markRejected(Draft draft, const QList<FieldError> &errors, const QString &message);
    // A stepwise draft's step ended (created remoteId, or refused): recorded in the payload,
    // then queued again for the next step, or ended as the sender's finish() says.
    bool recordStep(Draft draft, const QString &remoteId, const ApiError &refusal);
    // A stepwise draft with no step left: Sent or Rejected.
    bool endStepwise(Draft draft);
    void waitForNetwork(const QString &id, const ApiError &error);
    // The next try while waiting: at the server's stated time, else after the backoff.
    void retryLater();
    // An outcome is kept in memory by the store (a failed write): wait until it is written.
    void waitForDisk();
    void onUnsavedChanged();
    // Writes an outcome; a write the disk refuses is kept by the store and still counts as
    // recorded (the outbox then waits for the disk). False when it could not be taken at all.
    bool writeOutcome(const Draft &draft);
    // The outbox's own notes that stay with a draft sent again or going to its next step.
    static QJsonObject carriedNotes(const QJsonObject &sendContext);
    // The notes of a draft sent again after its send was found not to have happened: the
    // first attempt's notes are kept (DraftSender: "firstAttempt").
    static QJsonObject resendNotes(const QJsonObject &sendContext);
    void probe();
    void networkIsBack();
    void finishStep();
    void setStatus(Status status);
    void onConnectionStateChanged(AccountClient::ConnectionState state);
    void onDraftChanged(const QString &id);
    DraftSender *senderFor(const Draft &draft) const;
    bool isMine(const Draft &draft) const;

    QPointer<DraftStore> m_store;
    QPointer<AccountClient> m_client;
    QString m_accountId;
    std::map<QString, std::unique_ptr<DraftSender>> m_senders;
    QTimer *m_retryTimer;
    QTimer *m_checkTimer; // the next look-up of a lost answer
    QList<int> m_checkDelaysMs{2000, 5000, 15000, 60000};
    int m_initialDelayMs = 1000;
    int m_maxDelayMs = 60000;
    int m_delayMs = 1000;
    Status m_status = Status::Idle;
    QString m_waitReason;
    QString m_current; // the draft being worked on, empty when none
    bool m_started = false;
    bool m_scheduled = false;
    bool m_probing = false;
    bool m_pacedWait = false; // waiting for the pacer's ready(), not for the backoff's probe
};
