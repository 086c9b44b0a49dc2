#pragma once

#include "api/apierror.h"
#include "drafts/draftsender.h"
#include "numbersclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The payload of a release draft (DraftKind::NumberRelease): which number of the account to
// give back to the provider. A release goes through the account's outbox like every other
// change, so one made offline is sent when the server is back, and one whose answer is lost
// is looked up before anything is sent again.
struct NumberRelease
{
    QString sid;
    QString phoneNumber; // E.164, for the Drafts list and the messages

    QJsonObject toJson() const;
    static NumberRelease fromJson(const QJsonObject &object);
    QString title() const; // "Release +14155550100"

    Q_DECLARE_TR_FUNCTIONS(NumberRelease) // last: it ends in "private:"
};

// Sends release drafts: one DELETE of the number. Releasing is idempotent in effect: a number
// the account no longer has (20404, 404) counts as released, since that is what the user
// asked for (the request may be the second try of one whose answer was lost). A lost answer
// is reconciled by reading the number: gone is released; still there is sent again.
class NumberReleaseSender final : public DraftSender
{
public:
    explicit NumberReleaseSender(AccountClient *client);

    QList<FieldError> check(const Draft &draft) const override;
    ApiJob *send(const Draft &draft) override;
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override;
    bool refusalMeansDone(const Draft &draft, const ApiError &refusal, QString *remoteId) const override;
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override;

private:
    NumbersClient m_client;
    QString m_sending; // the SID of the release in flight (the outbox sends one at a time)
};
