#pragma once

#include "api/apierror.h"
#include "draft.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class ApiJob;
class QObject;
struct ApiResult;

// What reconcile() found out about a send whose outcome is unknown.
struct ReconcileResult
{
    bool checked = false; // the server could be read; false: try again later (see error)
    bool found = false;   // the send did happen
    QString remoteId;     // what it created, when found
    // Not found for sure, but the server has records that may be this draft's (its notes
    // are missing, or several match): the user decides; nothing is sent meanwhile.
    QList<DraftCandidate> candidates;
    // When nothing was found: whether the outbox may send it again by itself. False when
    // the sender could not be sure (no notes from before the send): it goes back to the user.
    bool mayResend = true;
    // Notes kept with the draft's send notes (with the candidates: what the user's choice
    // needs, such as each candidate's number).
    QJsonObject notes;
    ApiError error;
};

// How a stepwise draft ends once no step remains (DraftSender::finish()).
struct DraftEnding
{
    bool sent = false;        // Sent, with remoteId; otherwise Rejected with the reasons
    QString remoteId;         // what the draft became, e.g. "3 numbers" ids joined by ','
    QList<FieldError> errors; // Rejected: by field (a cart names its items' keys)
    QString message;          // Rejected: one sentence, e.g. "2 of 3 numbers were bought…"
};

// Submits one kind of draft for one account; the Outbox owns one per kind it sends.
// The outbox calls, for each draft in turn:
//   check()     local validation; any error rejects the draft without sending it;
//   prepare()   reads what reconcile() will need to tell "ours" from what was already there
//               (asynchronous); the returned notes are stored in the draft (sendContext)
//               *before* the request leaves, so they survive a crash;
//   send()      starts the request; parseSent() reads its result;
//   reconcile() after an unknown outcome (dropped connection, timeout, crash): reads the
//               server to learn whether the send happened. Nothing is sent again until it
//               answers "not found" several times over growing intervals (a server may finish
//               after the client gave up, or list it a moment late: Outbox::setCheckDelays).
// A draft sent again after "not found" keeps the notes of its first attempt in
// draft.sendContext["firstAttempt"] (prepare() sees them, and so do reconcile() and
// recordStep() afterwards): what was there before the first attempt is what tells "ours"
// from "already there", whichever attempt did it.
// Callbacks must be called exactly once, and never after `context` is destroyed.
class DraftSender
{
public:
    // True when the outbox stored prepare()'s notes before this draft's request left. A
    // draft left Sending by an older version has none: reconcile() must then be careful.
    static bool hasSendNotes(const Draft &draft)
    {
        return draft.sendContext.contains(QLatin1String("preparedAt"));
    }

    using PrepareCallback = std::function<void(const QJsonObject &sendContext, const ApiError &error)>;
    using ReconcileCallback = std::function<void(const ReconcileResult &result)>;

    virtual ~DraftSender() = default;

    // Problems found without the network, by wire field name; empty when it may be sent.
    virtual QList<FieldError> check(const Draft &draft) const
    {
        Q_UNUSED(draft)
        return {};
    }
    // The default needs no notes.
    virtual void prepare(const Draft &draft, QObject *context, PrepareCallback done)
    {
        Q_UNUSED(draft)
        Q_UNUSED(context)
        done({}, {});
    }
    // draft.sendContext holds prepare()'s notes. The job is the AccountClient's child.
    virtual ApiJob *send(const Draft &draft) = 0;
    // The created resource's id, or the error (Kind::Malformed for an unreadable success).
    virtual ApiError parseSent(const ApiResult &result, QString *remoteId) const = 0;
    virtual void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) = 0;
    // A refusal that means the work is done already (a release answered "no such number":
    // the number is gone, as asked): Sent with remoteId instead of Rejected.
    virtual bool refusalMeansDone(const Draft &draft, const ApiError &refusal, QString *remoteId) const
    {
        Q_UNUSED(draft)
        Q_UNUSED(refusal)
        Q_UNUSED(remoteId)
        return false;
    }
    // What the Drafts list and the form say while a lost answer is being checked (the
    // outbox keeps it with the draft): "Checking whether the purchase went through…".
    virtual QString checkingText(const Draft &draft) const
    {
        Q_UNUSED(draft)
        return QCoreApplication::translate("DraftSender", "Checking whether it reached the server…");
    }
    // A refusal that may hide a success (Twilio's 21422 "not available" for a number that
    // became the account's own after a lost answer): reconciled before it is recorded; if
    // reconcile() finds nothing, the refusal stands.
    virtual bool checksRefusal(const Draft &draft, const ApiError &refusal) const
    {
        Q_UNUSED(draft)
        Q_UNUSED(refusal)
        return false;
    }

    // --- Drafts sent in several requests (a cart of numbers: one purchase per item) ---
    // A stepwise sender sends one step per turn of the outbox: check(), prepare() and send()
    // are called for the next step (prepare()'s notes say which, and are stored before the
    // request leaves), parseSent() reads its answer, and recordStep() folds the step's
    // outcome into the payload, which the outbox stores; the draft is then queued again at
    // its place until no step remains and finish() says how it ends. A step whose answer is
    // lost is reconciled (reconcile(), with that step's notes) before anything else is sent,
    // and a step that may be repeated goes again; an outcome already recorded in the payload
    // is never sent again. Single-request senders keep the defaults.
    virtual bool isStepwise() const { return false; }
    // The payload with the outcome of the step named in draft.sendContext recorded: done,
    // creating remoteId, or refused with `refusal` (the server's final word on this step; a
    // transient failure never reaches here: the step waits and goes again).
    virtual QJsonObject recordStep(const Draft &draft, const QString &remoteId,
                                   const ApiError &refusal) const
    {
        Q_UNUSED(remoteId)
        Q_UNUSED(refusal)
        return draft.payload;
    }
    // Whether a step remains to be sent.
    virtual bool hasPendingStep(const Draft &draft) const
    {
        Q_UNUSED(draft)
        return false;
    }
    // Once no step remains: Sent or Rejected, with the reasons.
    virtual DraftEnding finish(const Draft &draft) const
    {
        Q_UNUSED(draft)
        return {true, {}, {}, {}};
    }
};
