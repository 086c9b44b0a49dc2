#pragma once

#include "drafts/draftsender.h"
#include "numbersclient.h"

#include <QHash>

// Buys a cart (DraftKind::Purchase, payload = PurchaseDraft::toJson()) one number per step
// (a stepwise sender: see DraftSender). A number is never bought twice:
//  - before each purchase, prepare() notes whether the account owns that exact number already
//    (then a refusal is "already yours", not a failure) or, for an area-code item, which
//    numbers it owns in that area code;
//  - after a lost answer, reconcile() looks the number up among the account's numbers: owned
//    now and not before is the purchase; an area-code item compares the numbers in its area
//    code: one new number is the purchase, none means not bought, several go to the user;
//  - a cart that waited in the outbox (offline) more than PurchaseDraft::WaitedSeconds checks
//    that every number is still offered before it buys any, and goes back to the user if one
//    is not; a confirmation older than a day is refused by check().
class PurchaseSender final : public DraftSender
{
public:
    explicit PurchaseSender(AccountClient *client);

    QList<FieldError> check(const Draft &draft) const override;
    void prepare(const Draft &draft, QObject *context, PrepareCallback done) override;
    ApiJob *send(const Draft &draft) override;
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override;
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override;

    bool isStepwise() const override { return true; }
    QJsonObject recordStep(const Draft &draft, const QString &remoteId,
                           const ApiError &refusal) const override;
    bool hasPendingStep(const Draft &draft) const override;
    DraftEnding finish(const Draft &draft) const override;

private:
    void checkAvailability(const QStringList &numbers, const QList<NumberSearch> &searches,
                           QObject *context, std::function<void(QStringList gone, ApiError)> done);
    void noteOwned(const QString &key, const QString &phoneNumber, const QString &areaCode,
                   QObject *context, PrepareCallback done);

    NumbersClient m_client;
    // The numbers parseSent() and reconcile() learnt, by SID, for recordStep().
    mutable QHash<QString, QString> m_numberOf;
};
