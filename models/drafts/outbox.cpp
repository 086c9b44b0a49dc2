#include "outbox.h"

#include "api/apijob.h"
#include "draftslogging.h"
#include "draftstore.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QList<FieldError> fieldErrorsOf(const ApiError &error)
{
    QList<FieldError> errors = error.fieldErrors();
    if (errors.isEmpty() && !error.field().isEmpty())
        errors.append({error.field(), error.code(), error.message()});
    return errors;
}

// "14:05" today, with the date on another day: when the server said the next request may go.
QString localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
               ? locale.toString(local.time(), QLocale::ShortFormat)
               : locale.toString(local, QLocale::ShortFormat);
}

// The outbox's own keys in a draft's send notes; everything else is the sender's.
const QString StepsDoneKey = u"stepsDone"_s;       // steps recorded since it was queued
const QString FirstAttemptKey = u"firstAttempt"_s; // the sender's notes of the first attempt
const QString ChecksKey = u"checks"_s;             // look-ups of a lost answer so far
const QString CheckAtKey = u"checkAt"_s;           // when to look again (ISO, UTC)
const QString CheckingKey = u"checking"_s;         // the sender's words while checking
const QString RefusalKey = u"refusal"_s;           // a refusal being checked (checksRefusal)
const QString CandidatesKey = u"candidates"_s;     // Draft::setCandidates()

QJsonObject refusalToJson(const ApiError &error)
{
    return {{u"status"_s, error.httpStatus()}, {u"code"_s, error.code()},
            {u"message"_s, error.message()}};
}

ApiError refusalFromJson(const QJsonObject &o)
{
    return ApiError::http(o.value(u"status"_s).toInt(400), o.value(u"code"_s).toString(),
                          o.value(u"message"_s).toString());
}

} // namespace

Outbox::Outbox(DraftStore *store, AccountClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_accountId(client->profile().id)
    , m_retryTimer(new QTimer(this))
    , m_checkTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Outbox::probe);
    // The server's stated wait is over: what waited for it goes now (see networkIsBack()).
    connect(client->pacer(), &RequestPacer::ready, this, [this] {
        if (m_pacedWait)
            networkIsBack();
    });
    m_checkTimer->setSingleShot(true);
    connect(m_checkTimer, &QTimer::timeout, this, &Outbox::scheduleNext);
    connect(store, &DraftStore::unsavedChanged, this, &Outbox::onUnsavedChanged);
    connect(client, &AccountClient::connectionStateChanged, this,
            &Outbox::onConnectionStateChanged);
    connect(store, &DraftStore::draftChanged, this, &Outbox::onDraftChanged);
    connect(store, &DraftStore::draftAdded, this, &Outbox::onDraftChanged);
}

Outbox::~Outbox() = default;

QString Outbox::accountId() const
{
    return m_accountId;
}

void Outbox::setSender(const QString &kind, std::unique_ptr<DraftSender> sender)
{
    m_senders[kind] = std::move(sender);
    if (m_started)
        scheduleNext();
}

bool Outbox::hasSender(const QString &kind) const
{
    return m_senders.find(kind) != m_senders.end();
}

bool Outbox::submitNow(const QString &id, QString *why)
{
    const auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (!m_store)
        return fail(tr("The drafts database is not open."));
    const Draft draft = m_store->draft(id);
    if (!isMine(draft))
        return fail(tr("This account cannot send this kind of draft."));
    if (!m_store->enqueue(id, DraftStore::QueuePosition::Front))
        return fail(m_store->errorString());
    // The user is waiting: try now, whatever the backoff says; but not before the time the
    // server gave, which no click changes (the draft goes first then).
    m_delayMs = m_initialDelayMs;
    if (m_status == Status::WaitingForNetwork && !m_probing && !m_pacedWait) {
        m_retryTimer->stop();
        m_waitReason.clear();
        setStatus(Status::Sending);
    }
    scheduleNext();
    return true;
}

bool Outbox::resolve(const QString &id, const QString &remoteId, QString *why)
{
    Draft d = m_store ? m_store->draft(id) : Draft();
    if (d.isNull() || d.state != OutboxState::Undecided) {
        if (why)
            *why = tr("The draft is not waiting for a decision.");
        return false;
    }
    if (!remoteId.isEmpty()) {
        const DraftSender *sender = senderFor(d);
        if (sender && sender->isStepwise()) {
            if (!recordStep(d, remoteId, {})) {
                if (why)
                    *why = m_store->errorString();
                return false;
            }
            scheduleNext();
            return true;
        }
        if (!recordSent(d, remoteId)) {
            if (why)
                *why = m_store->errorString();
            return false;
        }
        qCInfo(lcDrafts) << "draft" << id << "resolved by the user as sent";
        return true;
    }
    // "None of these": the user has looked, so it may be sent; the step's notes start afresh.
    d.state = OutboxState::Queued;
    d.sendContext = resendNotes(d.sendContext);
    d.errorMessage.clear();
    if (!m_store->save(d)) {
        if (why)
            *why = m_store->errorString();
        return false;
    }
    scheduleNext();
    return true;
}

void Outbox::setRetryDelays(int initialMs, int maxMs)
{
    m_initialDelayMs = std::max(1, initialMs);
    m_maxDelayMs = std::max(m_initialDelayMs, maxMs);
    m_delayMs = m_initialDelayMs;
}

void Outbox::setCheckDelays(const QList<int> &delaysMs)
{
    m_checkDelaysMs.clear();
    for (int ms : delaysMs)
        m_checkDelaysMs.append(std::max(0, ms));
}

QJsonObject Outbox::carriedNotes(const QJsonObject &sendContext)
{
    QJsonObject carried;
    for (const QString &key : {StepsDoneKey, FirstAttemptKey}) {
        if (sendContext.contains(key))
            carried.insert(key, sendContext.value(key));
    }
    return carried;
}

QJsonObject Outbox::resendNotes(const QJsonObject &sendContext)
{
    QJsonObject notes = carriedNotes(sendContext);
    if (!notes.contains(FirstAttemptKey) && sendContext.contains(u"preparedAt"_s)) {
        QJsonObject first = sendContext;
        for (const QString &key : {StepsDoneKey, ChecksKey, CheckAtKey, CheckingKey, RefusalKey,
                                   CandidatesKey})
            first.remove(key);
        notes.insert(FirstAttemptKey, first);
    }
    return notes;
}

bool Outbox::writeOutcome(const Draft &draft)
{
    if (m_store->saveOrKeep(draft))
        return true;
    if (!m_store->isKept(draft.id))
        return false;
    qCWarning(lcDrafts) << "the outcome of draft" << draft.id
                        << "waits in memory for the disk:" << m_store->errorString();
    return true;
}

void Outbox::start()
{
    if (m_started || !m_store)
        return;
    m_started = true;
    // Left Sending by a crash: the request may have arrived.
    for (Draft d : m_store->outbox(m_accountId)) {
        if (d.state == OutboxState::Sending) {
            d.state = OutboxState::Unknown;
            writeOutcome(d);
        }
    }
    // Only a hint to probe sooner: a loopback server is reachable without any network,
    // so "disconnected" never stops a send. No backend is fine too.
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend();
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability != QNetworkInformation::Reachability::Disconnected
                        && reachability != QNetworkInformation::Reachability::Unknown
                        && m_status == Status::WaitingForNetwork && !m_probing) {
                        m_delayMs = m_initialDelayMs;
                        m_retryTimer->start(0);
                    }
                });
    }
    scheduleNext();
}

int Outbox::pendingCount() const
{
    if (!m_store)
        return 0;
    const QList<Draft> waiting = m_store->outbox(m_accountId);
    return int(std::count_if(waiting.begin(), waiting.end(),
                             [this](const Draft &d) { return senderFor(d) != nullptr; }));
}

DraftSender *Outbox::senderFor(const Draft &draft) const
{
    const auto it = m_senders.find(draft.kind);
    return it == m_senders.end() ? nullptr : it->second.get();
}

bool Outbox::isMine(const Draft &draft) const
{
    return !draft.isNull() && draft.accountId == m_accountId && senderFor(draft);
}

void Outbox::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void Outbox::onDraftChanged(const QString &id)
{
    if (!m_started || !m_store || id == m_current)
        return;
    const Draft d = m_store->draft(id);
    if (isMine(d) && d.state == OutboxState::Queued)
        scheduleNext();
}

void Outbox::onConnectionStateChanged(AccountClient::ConnectionState state)
{
    if (state == AccountClient::ConnectionState::Online && !m_probing)
        networkIsBack();
}

void Outbox::scheduleNext()
{
    // Never from inside a store signal or a job's finished(): one step per event.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_scheduled = false;
        processNext();
    }, Qt::QueuedConnection);
}

void Outbox::processNext()
{
    if (!m_started || !m_store || !m_client || !m_current.isEmpty()
        || m_status == Status::WaitingForNetwork) {
        return;
    }
    if (m_store->hasKeptStates(m_accountId)) {
        waitForDisk(); // an outcome is not on disk yet: nothing is sent that could not be kept
        return;
    }
    if (m_status == Status::WaitingForDisk) {
        m_waitReason.clear();
        setStatus(Status::Sending);
    }
    const QList<Draft> waiting = m_store->outbox(m_accountId);
    // A lost answer waiting for its next look-up lets the others go meanwhile.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nextCheck;
    const auto next = std::find_if(waiting.begin(), waiting.end(), [&](const Draft &d) {
        if (!senderFor(d))
            return false;
        const QDateTime at = d.nextCheckAt();
        if (at.isValid() && at > now) {
            if (!nextCheck.isValid() || at < nextCheck)
                nextCheck = at;
            return false;
        }
        return true;
    });
    if (next == waiting.end()) {
        if (nextCheck.isValid()) {
            setStatus(Status::Sending); // still at work: a look-up is due
            m_checkTimer->start(int(std::clamp<qint64>(now.msecsTo(nextCheck), 0, 24 * 3600 * 1000)));
        } else {
            setStatus(Status::Idle);
        }
        return;
    }
    setStatus(Status::Sending);
    m_current = next->id;
    if (next->state == OutboxState::Queued)
        sendDraft(*next);
    else
        reconcileDraft(*next);
}

void Outbox::sendDraft(const Draft &draft)
{
    DraftSender *sender = senderFor(draft);
    if (sender->isStepwise() && !sender->hasPendingStep(draft)) {
        // Every step has its outcome already (a cart queued again after the last one).
        endStepwise(draft);
        m_delayMs = m_initialDelayMs;
        finishStep();
        return;
    }
    const QList<FieldError> problems = sender->check(draft);
    if (!problems.isEmpty()) {
        markRejected(draft, problems, tr("Some fields are not valid; correct them and send again."));
        return;
    }
    const QString id = draft.id;
    const QJsonObject prepared = draft.payload;
    sender->prepare(draft, this, [this, id, prepared](const QJsonObject &context,
                                                      const ApiError &error) {
        if (error.isError()) {
            if (error.isTransient()) {
                waitForNetwork(id, error);
            } else if (Draft d = m_store ? m_store->draft(id) : Draft(); !d.isNull()) {
                // Nothing was sent yet, and waiting will not change the answer (a page the
                // client cannot read, a 400, a draft that no longer fits the server's lists):
                // give the draft back rather than block the queue.
                const QList<FieldError> fields = fieldErrorsOf(error);
                markRejected(d, fields,
                             fields.isEmpty() ? tr("Could not check the server before sending: %1")
                                                    .arg(error.displayText())
                                              : error.message());
            } else {
                finishStep();
            }
            return;
        }
        Draft d = m_store ? m_store->draft(id) : Draft();
        if (d.isNull() || d.state != OutboxState::Queued || !isMine(d) || d.payload != prepared) {
            // Taken back, deleted, moved to another account or changed meanwhile: what was
            // read before sending is about another draft now. It starts again from check().
            finishStep();
            return;
        }
        // Written before the request leaves: after a crash, this says "reconcile first".
        d.state = OutboxState::Sending;
        const QJsonObject carried = carriedNotes(d.sendContext);
        d.sendContext = context;
        for (auto it = carried.begin(); it != carried.end(); ++it)
            d.sendContext.insert(it.key(), it.value());
        d.sendContext.insert(u"preparedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        d.errorMessage.clear();
        if (!m_store->save(d)) {
            waitForNetwork(id, ApiError::transport(ApiError::Kind::Network, m_store->errorString()));
            return;
        }
        qCInfo(lcDrafts) << "sending draft" << id;
        ApiJob *job = senderFor(d)->send(d);
        connect(job, &ApiJob::finished, this,
                [this, id](const ApiResult &result) { onSent(id, result); });
    });
}

void Outbox::onSent(const QString &id, const ApiResult &result)
{
    Draft d = m_store ? m_store->draft(id) : Draft();
    if (d.isNull() || !senderFor(d)) {
        qCWarning(lcDrafts) << "a draft was deleted while it was being sent";
        finishStep();
        return;
    }
    if (result.ok()) {
        QString remoteId;
        if (!senderFor(d)->parseSent(result, &remoteId).isError()) {
            if (senderFor(d)->isStepwise()) {
                recordStep(d, remoteId, {});
                m_delayMs = m_initialDelayMs;
                finishStep();
                return;
            }
            markSent(d, remoteId);
            return;
        }
        // A success we cannot read: it was probably created; ask the server.
        reconcileDraft(d);
        return;
    }
    const ApiError &error = result.error;
    if (error.provesNotActedOn()) {
        d.state = OutboxState::Queued;
        d.sendContext = resendNotes(d.sendContext);
        writeOutcome(d);
        waitForNetwork(id, error);
        return;
    }
    if (!error.outcomeUnknown()) {
        if (QString doneId; senderFor(d)->refusalMeansDone(d, error, &doneId)) {
            markSent(d, doneId);
            return;
        }
        if (senderFor(d)->isStepwise() && senderFor(d)->checksRefusal(d, error)) {
            // The refusal may hide a success of an earlier attempt: look first.
            qCInfo(lcDrafts) << "a refused step of draft" << id << "is checked first:"
                             << error.code();
            d.sendContext.insert(RefusalKey, refusalToJson(error));
            reconcileDraft(d);
            return;
        }
        if (senderFor(d)->isStepwise()) {
            // One step refused (a number taken meanwhile): noted on its item; the rest go on.
            recordStep(d, {}, error);
            m_delayMs = m_initialDelayMs;
            finishStep();
            return;
        }
        markRejected(d, fieldErrorsOf(error), error.message().isEmpty() ? error.displayText()
                                                                        : error.message());
        return;
    }
    // Dropped, timed out, a 5xx...: it may have been created. Reconcile before anything else.
    qCInfo(lcDrafts) << "send outcome unknown for draft" << id << "-" << error.displayText();
    reconcileDraft(d);
}

void Outbox::reconcileDraft(Draft draft)
{
    // "Checking" from the first look-up on; no next look-up is due while this one runs.
    const QString checking = senderFor(draft)->checkingText(draft);
    if (draft.state != OutboxState::Unknown || draft.checkingText() != checking
        || draft.sendContext.contains(CheckAtKey)) {
        draft.state = OutboxState::Unknown;
        draft.sendContext.insert(CheckingKey, checking);
        draft.sendContext.remove(CheckAtKey);
        writeOutcome(draft);
    }
    const QString id = draft.id;
    senderFor(draft)->reconcile(draft, this, [this, id](const ReconcileResult &result) {
        Draft d = m_store ? m_store->draft(id) : Draft();
        if (d.isNull() || d.state != OutboxState::Unknown || !senderFor(d)) {
            finishStep();
            return;
        }
        if (!result.checked) {
            waitForNetwork(id, result.error); // stays Unknown: reconciled again later
            return;
        }
        const bool stepwise = senderFor(d)->isStepwise();
        if (result.found) {
            if (stepwise) {
                recordStep(d, result.remoteId, {});
                finishStep();
                return;
            }
            markSent(d, result.remoteId);
            return;
        }
        if (!result.candidates.isEmpty()) {
            d.state = OutboxState::Undecided;
            // The step's notes stay: the user's answer is recorded against the step that was
            // in flight (resolve()), and "keep as draft" knows which one it was.
            for (const QString &key : {ChecksKey, CheckAtKey, CheckingKey})
                d.sendContext.remove(key);
            for (auto it = result.notes.begin(); it != result.notes.end(); ++it)
                d.sendContext.insert(it.key(), it.value());
            d.setCandidates(result.candidates);
            d.errorMessage = tr("The server has %n record(s) that may be this draft; choose "
                                "whether one of them is it.", nullptr,
                                int(result.candidates.size()));
            writeOutcome(d);
            qCInfo(lcDrafts) << "draft" << id << "needs a decision:" << result.candidates.size()
                             << "candidates";
            emit draftUndecided(id);
            finishStep();
            return;
        }
        if (stepwise && d.sendContext.contains(RefusalKey)) {
            // Nothing of ours: the server's refusal stands.
            recordStep(d, {}, refusalFromJson(d.sendContext.value(RefusalKey).toObject()));
            finishStep();
            return;
        }
        const int checks = d.sendContext.value(ChecksKey).toInt();
        if (checks < m_checkDelaysMs.size()) {
            // "Not found" may only mean "not yet": look again later before concluding.
            const int delay = m_checkDelaysMs.at(checks);
            d.sendContext.insert(ChecksKey, checks + 1);
            d.sendContext.insert(CheckAtKey, QDateTime::currentDateTimeUtc()
                                                 .addMSecs(delay)
                                                 .toString(Qt::ISODateWithMs));
            writeOutcome(d);
            qCInfo(lcDrafts) << "draft" << id << "not found on the server yet; looking again in"
                             << delay << "ms";
            finishStep();
            return;
        }
        if (result.mayResend) {
            // It never arrived: back to the head of the queue, sent again.
            d.state = OutboxState::Queued;
            d.sendContext = resendNotes(d.sendContext);
            d.errorMessage.clear();
            qCInfo(lcDrafts) << "draft" << id << "not found after" << checks
                             << "look-ups: sent again";
        } else {
            d.state = OutboxState::Editing;
            d.sendContext = {};
            d.errorMessage = tr("It is not on the server, but Switchboard could not be sure "
                                "while sending it, so it was not sent again by itself. Send it "
                                "again when you are ready.");
        }
        writeOutcome(d);
        finishStep();
    });
}

bool Outbox::recordSent(Draft draft, const QString &remoteId)
{
    draft.state = OutboxState::Sent;
    draft.remoteId = remoteId;
    draft.errors.clear();
    draft.errorMessage.clear();
    draft.sendContext = {};
    if (!writeOutcome(draft))
        return false;
    emit draftSent(draft.id, remoteId);
    return true;
}

void Outbox::markSent(Draft draft, const QString &remoteId)
{
    recordSent(draft, remoteId);
    m_delayMs = m_initialDelayMs;
    qCInfo(lcDrafts) << "draft" << draft.id << "sent";
    finishStep();
}

void Outbox::markRejected(Draft draft, const QList<FieldError> &errors, const QString &message)
{
    draft.state = OutboxState::Rejected;
    draft.errors = errors;
    draft.errorMessage = message;
    draft.sendContext = {};
    writeOutcome(draft);
    m_delayMs = m_initialDelayMs;
    qCInfo(lcDrafts) << "draft" << draft.id << "rejected";
    emit draftRejected(draft.id, message);
    finishStep();
}

bool Outbox::recordStep(Draft draft, const QString &remoteId, const ApiError &refusal)
{
    const DraftSender *sender = senderFor(draft);
    draft.payload = sender->recordStep(draft, remoteId, refusal);
    const int stepsDone = draft.stepsDone() + 1;
    draft.sendContext = {};
    draft.errorMessage.clear();
    if (!sender->hasPendingStep(draft))
        return endStepwise(draft);
    // Back in the queue at its own place (the front, for a form's Create): the next step
    // goes next, after anything the user put before it meanwhile. Between two steps it
    // stays on its account (DraftMove).
    draft.state = OutboxState::Queued;
    draft.sendContext.insert(StepsDoneKey, stepsDone);
    if (!writeOutcome(draft))
        return false;
    qCInfo(lcDrafts) << "draft" << draft.id << "step done" << (refusal.isError() ? "(refused)" : "");
    if (!remoteId.isEmpty())
        emit draftStepSent(draft.id, remoteId);
    return true;
}

bool Outbox::endStepwise(Draft draft)
{
    const DraftEnding ending = senderFor(draft)->finish(draft);
    draft.sendContext = {};
    if (ending.sent) {
        qCInfo(lcDrafts) << "draft" << draft.id << "sent (every step)";
        return recordSent(draft, ending.remoteId);
    }
    draft.state = OutboxState::Rejected;
    draft.errors = ending.errors;
    draft.errorMessage = ending.message;
    if (!writeOutcome(draft))
        return false;
    qCInfo(lcDrafts) << "draft" << draft.id << "ended with steps refused";
    emit draftRejected(draft.id, ending.message);
    return true;
}

void Outbox::waitForNetwork(const QString &id, const ApiError &error)
{
    m_current.clear();
    RequestPacer *pacer = m_client ? m_client->pacer() : nullptr;
    // The server asked for longer than Switchboard waits by itself (RequestPacer::MaxWaitMs):
    // the user decides.
    const bool throttled = error.httpStatus() == 429 || error.httpStatus() == 503;
    const bool tooLong = throttled && pacer && pacer->waitsForUser();
    Draft d = m_store ? m_store->draft(id) : Draft();
    if (tooLong && d.state == OutboxState::Queued) {
        d.state = OutboxState::Editing;
        d.sendContext = {};
        d.errorMessage = tr("The server asked Switchboard to wait until %1; send it again then.")
                             .arg(localTime(pacer->notBefore()));
        m_store->save(d);
        qCInfo(lcDrafts).noquote() << "draft" << id << "back to the user: the server asked to wait until"
                                   << pacer->notBefore().toString(Qt::ISODate);
        m_delayMs = m_initialDelayMs;
        finishStep();
        return;
    }
    if (tooLong) {
        // Not known to have arrived: it is looked up, never resent, and only once the time
        // has come (reading earlier would only be refused again).
        m_waitReason = tr("The server asked Switchboard to wait until %1; it checks then whether "
                          "this arrived.")
                           .arg(localTime(pacer->notBefore()));
    } else if (pacer && pacer->holds()) {
        m_waitReason = tr("The server asked Switchboard to wait until %1; it tries again then (%2).")
                           .arg(localTime(pacer->notBefore()), error.displayText());
    } else {
        m_waitReason = error.displayText();
    }
    if (!d.isNull() && d.errorMessage != m_waitReason
        && (d.state == OutboxState::Queued || d.state == OutboxState::Unknown)) {
        d.errorMessage = m_waitReason;
        m_store->save(d);
    }
    setStatus(Status::WaitingForNetwork);
    if (tooLong) {
        m_pacedWait = true;
        m_retryTimer->stop();
        qCInfo(lcDrafts).noquote() << "outbox waits for" << m_accountId << "until"
                                   << pacer->notBefore().toString(Qt::ISODate) << "to check" << id;
        return;
    }
    retryLater();
}

void Outbox::retryLater()
{
    RequestPacer *pacer = m_client ? m_client->pacer() : nullptr;
    if (pacer && pacer->holds()) {
        // The server said when: its time, not the outbox's own backoff (ready() ends it).
        m_pacedWait = true;
        m_retryTimer->stop();
        qCInfo(lcDrafts).noquote() << "outbox waits for" << m_accountId << "- the server's time, in"
                                   << pacer->remainingMs() << "ms:" << m_waitReason;
        return;
    }
    qCInfo(lcDrafts).noquote() << "outbox waits for" << m_accountId << "- retry in"
                               << m_delayMs << "ms:" << m_waitReason;
    m_retryTimer->start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, m_maxDelayMs);
}

void Outbox::waitForDisk()
{
    m_waitReason = tr("The outcome of a send could not be saved: %1 Switchboard keeps it and "
                      "writes it as soon as the disk allows; nothing more is sent until then.")
                       .arg(m_store->errorString());
    if (m_status != Status::WaitingForDisk)
        qCWarning(lcDrafts).noquote() << "outbox waits for the disk:" << m_store->errorString();
    setStatus(Status::WaitingForDisk);
}

void Outbox::onUnsavedChanged()
{
    // The store wrote what it kept: go on from where the outbox stopped.
    if (m_status == Status::WaitingForDisk && m_store && !m_store->hasKeptStates(m_accountId))
        scheduleNext();
}

void Outbox::probe()
{
    if (!m_client || m_status != Status::WaitingForNetwork)
        return;
    m_probing = true;
    ApiJob *job = m_client->probe();
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        m_probing = false;
        if (result.ok()) {
            networkIsBack();
            return;
        }
        m_waitReason = result.error.displayText();
        retryLater();
    });
}

void Outbox::networkIsBack()
{
    if (m_status != Status::WaitingForNetwork)
        return;
    // The server is there, but it said when: nothing goes before that, however it was found
    // back (a probe, another request's answer, the system's network), and a wait for the
    // user's time is ended only by that time.
    if (RequestPacer *pacer = m_client ? m_client->pacer() : nullptr;
        pacer && (pacer->holds() || (m_pacedWait && pacer->remainingMs() > 0))) {
        m_pacedWait = true;
        m_retryTimer->stop();
        return;
    }
    m_pacedWait = false;
    m_retryTimer->stop();
    m_waitReason.clear();
    setStatus(Status::Sending);
    scheduleNext();
}

void Outbox::finishStep()
{
    m_current.clear();
    scheduleNext();
}
