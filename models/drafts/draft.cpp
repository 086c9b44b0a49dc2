#include "draft.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

bool isValidDraftKindKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 40 || !(key.front() >= u'a' && key.front() <= u'z'))
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Editing: return u"editing"_s;
    case OutboxState::Queued: return u"queued"_s;
    case OutboxState::Sending: return u"sending"_s;
    case OutboxState::Unknown: return u"unknown"_s;
    case OutboxState::Sent: return u"sent"_s;
    case OutboxState::Rejected: return u"rejected"_s;
    case OutboxState::Undecided: return u"undecided"_s;
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(QStringView key)
{
    for (OutboxState state : {OutboxState::Editing, OutboxState::Queued, OutboxState::Sending,
                              OutboxState::Unknown, OutboxState::Sent, OutboxState::Rejected,
                              OutboxState::Undecided}) {
        if (key == outboxStateKey(state))
            return state;
    }
    return std::nullopt;
}

QString outboxStateTitle(OutboxState state)
{
    switch (state) {
    case OutboxState::Editing: return QCoreApplication::translate("Draft", "Draft");
    case OutboxState::Queued: return QCoreApplication::translate("Draft", "Waiting to send");
    case OutboxState::Sending: return QCoreApplication::translate("Draft", "Sending…");
    case OutboxState::Unknown:
        return QCoreApplication::translate("Draft", "Checking with the server");
    case OutboxState::Sent: return QCoreApplication::translate("Draft", "Sent");
    case OutboxState::Rejected: return QCoreApplication::translate("Draft", "Rejected");
    case OutboxState::Undecided: return QCoreApplication::translate("Draft", "Needs your decision");
    }
    return {};
}

bool isAllowedTransition(OutboxState from, OutboxState to)
{
    using S = OutboxState;
    if (from == to)
        return true; // notes and messages change without a change of state
    switch (from) {
    case S::Editing:
    case S::Rejected:
        return to == S::Queued || to == S::Editing || to == S::Rejected;
    case S::Queued:
        return to == S::Editing || to == S::Sending || to == S::Rejected;
    case S::Sending:
        return to == S::Sent || to == S::Rejected || to == S::Queued || to == S::Unknown;
    case S::Unknown:
        // Queued: proven not to have arrived; Editing: not found, but not safe to resend alone;
        // Rejected: the last step of a stepwise draft was found, an earlier one was refused.
        return to == S::Sent || to == S::Queued || to == S::Editing || to == S::Undecided
               || to == S::Rejected;
    case S::Undecided:
        return to == S::Sent || to == S::Queued || to == S::Editing || to == S::Rejected;
    case S::Sent:
        return false;
    }
    return false;
}

QList<DraftCandidate> Draft::candidates() const
{
    QList<DraftCandidate> list;
    for (const QJsonValue &v : sendContext.value(u"candidates"_s).toArray()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(u"remoteId"_s).toString(), o.value(u"description"_s).toString()});
    }
    return list;
}

void Draft::setCandidates(const QList<DraftCandidate> &candidates)
{
    QJsonArray array;
    for (const DraftCandidate &c : candidates)
        array.append(QJsonObject{{u"remoteId"_s, c.remoteId}, {u"description"_s, c.description}});
    if (array.isEmpty())
        sendContext.remove(u"candidates"_s);
    else
        sendContext.insert(u"candidates"_s, array);
}

int Draft::stepsDone() const
{
    return sendContext.value(u"stepsDone"_s).toInt();
}

QString Draft::checkingText() const
{
    return state == OutboxState::Unknown ? sendContext.value(u"checking"_s).toString() : QString();
}

QDateTime Draft::nextCheckAt() const
{
    if (state != OutboxState::Unknown)
        return {};
    return QDateTime::fromString(sendContext.value(u"checkAt"_s).toString(), Qt::ISODateWithMs);
}

QJsonArray fieldErrorsToJson(const QList<FieldError> &errors)
{
    QJsonArray array;
    for (const FieldError &e : errors)
        array.append(QJsonObject{{u"field"_s, e.field}, {u"code"_s, e.code}, {u"message"_s, e.message}});
    return array;
}

QList<FieldError> fieldErrorsFromJson(const QJsonArray &array)
{
    QList<FieldError> errors;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        errors.append({o.value(u"field"_s).toString(), o.value(u"code"_s).toString(),
                       o.value(u"message"_s).toString()});
    }
    return errors;
}
