#include "purchasesender.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "drafts/draftslogging.h"
#include "purchasedraft.h"

#include <QJsonArray>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString ItemKey = u"item"_s;
const QString OwnedBeforeKey = u"ownedBefore"_s;   // exact item: the SID it had, or ""
const QString AreaBeforeKey = u"areaBefore"_s;     // area-code item: SIDs owned there

// "+1415" for an area-code item: what the account's numbers in it start with.
QString areaPrefix(const QString &areaCode)
{
    return u"+1"_s + areaCode;
}

int nextPending(const PurchaseDraft &cart)
{
    for (int i = 0; i < cart.items.size(); ++i) {
        if (cart.items.at(i).state == PurchaseItem::State::Pending)
            return i;
    }
    return -1;
}

ApiError refusedBeforeSending(const QString &message)
{
    // A final word that proves nothing was sent: the outbox gives the cart back to the user.
    return ApiError::http(409, u"local"_s, message);
}
} // namespace

PurchaseSender::PurchaseSender(AccountClient *client)
    : m_client(client)
{
}

QList<FieldError> PurchaseSender::check(const Draft &draft) const
{
    return PurchaseDraft::fromJson(draft.payload).check(QDateTime::currentDateTimeUtc());
}

bool PurchaseSender::hasPendingStep(const Draft &draft) const
{
    return nextPending(PurchaseDraft::fromJson(draft.payload)) >= 0;
}

void PurchaseSender::prepare(const Draft &draft, QObject *context, PrepareCallback done)
{
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const int index = nextPending(cart);
    if (index < 0) {
        done({}, refusedBeforeSending(PurchaseDraft::tr("Nothing is left to buy in this cart.")));
        return;
    }
    const PurchaseItem item = cart.items.at(index);
    const auto noteThenGo = [this, item, context, done] {
        noteOwned(item.key(), item.phoneNumber, item.areaCode, context, done);
    };
    const bool started = std::any_of(cart.items.begin(), cart.items.end(), [](const PurchaseItem &i) {
        return i.state != PurchaseItem::State::Pending;
    });
    const bool waited = cart.confirmedAt.isValid()
                        && cart.confirmedAt.secsTo(QDateTime::currentDateTimeUtc())
                               > PurchaseDraft::WaitedSeconds;
    if (!waited || started) {
        noteThenGo();
        return;
    }
    // It waited in the outbox: is every number still offered? If not, nothing is bought.
    QStringList numbers;
    QList<NumberSearch> searches;
    for (const PurchaseItem &i : cart.items) {
        if (i.state == PurchaseItem::State::Pending && !i.isAreaCodeItem()) {
            numbers << i.phoneNumber;
            searches << i.search;
        }
    }
    checkAvailability(numbers, searches, context,
                      [noteThenGo, done](const QStringList &gone, const ApiError &error) {
                          if (error.isError()) {
                              done({}, error);
                              return;
                          }
                          if (!gone.isEmpty()) {
                              done({}, refusedBeforeSending(PurchaseDraft::tr(
                                           "Nothing was bought: %1 is no longer available. Check "
                                           "the cart and confirm the purchase again.")
                                                                .arg(gone.join(u", "_s))));
                              return;
                          }
                          noteThenGo();
                      });
}

void PurchaseSender::checkAvailability(const QStringList &numbers,
                                       const QList<NumberSearch> &searches, QObject *context,
                                       std::function<void(QStringList, ApiError)> done)
{
    struct Check
    {
        QStringList gone;
        int left = 0;
        bool finished = false;
    };
    if (numbers.isEmpty()) {
        done({}, {});
        return;
    }
    auto state = std::make_shared<Check>();
    state->left = int(numbers.size());
    for (int i = 0; i < numbers.size(); ++i) {
        NumberSearch search;
        search.countryCode = searches.at(i).countryCode;
        search.type = searches.at(i).type;
        search.contains = numbers.at(i); // anchored: the whole number
        const QString number = numbers.at(i);
        ApiJob *job = m_client.search(search);
        QObject::connect(job, &ApiJob::finished, context,
                         [state, number, done](const ApiResult &result) {
                             if (state->finished)
                                 return;
                             QList<AvailableNumber> offered;
                             const ApiError error = NumbersClient::parseAvailable(result, &offered);
                             if (error.isError()) {
                                 state->finished = true;
                                 done({}, error);
                                 return;
                             }
                             const bool there = std::any_of(offered.begin(), offered.end(),
                                                            [&](const AvailableNumber &a) {
                                                                return a.phoneNumber == number;
                                                            });
                             if (!there)
                                 state->gone << number;
                             if (--state->left == 0) {
                                 state->finished = true;
                                 done(state->gone, {});
                             }
                         });
    }
}

void PurchaseSender::noteOwned(const QString &key, const QString &phoneNumber,
                               const QString &areaCode, QObject *context, PrepareCallback done)
{
    const bool area = phoneNumber.isEmpty();
    const ApiFamily family = m_client.family();
    ApiJob *job = m_client.findOwned(area ? areaPrefix(areaCode) : phoneNumber);
    QObject::connect(job, &ApiJob::finished, context,
                     [key, area, phoneNumber, family, done](const ApiResult &result) {
                         QList<IncomingNumber> owned;
                         bool more = false;
                         const ApiError error = NumbersClient::parseNumbers(result, family, &owned, &more);
                         if (error.isError()) {
                             done({}, error);
                             return;
                         }
                         QJsonObject notes{{ItemKey, key}};
                         if (area) {
                             QJsonArray sids;
                             for (const IncomingNumber &n : std::as_const(owned))
                                 sids.append(n.sid);
                             notes.insert(AreaBeforeKey, sids);
                             notes.insert(u"areaComplete"_s, !more);
                         } else {
                             QString sid;
                             for (const IncomingNumber &n : std::as_const(owned)) {
                                 if (n.phoneNumber == phoneNumber)
                                     sid = n.sid;
                             }
                             notes.insert(OwnedBeforeKey, sid);
                         }
                         done(notes, {});
                     });
}

ApiJob *PurchaseSender::send(const Draft &draft)
{
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const int index = cart.indexOf(draft.sendContext.value(ItemKey).toString());
    // prepare() named a pending item of this very payload (the draft cannot change between
    // the two). Were it ever otherwise, nothing is bought: a read, whose answer parseSent()
    // refuses, sends the draft to reconcile(), which finds no notes for an item and gives the
    // cart back to the user.
    Q_ASSERT(index >= 0);
    if (index < 0 || cart.items.at(index).state != PurchaseItem::State::Pending) {
        qCWarning(lcDrafts) << "a purchase step names no pending item; nothing is bought";
        return m_client.findOwned(u"+"_s, 1);
    }
    return m_client.buy(cart.requestFor(cart.items.at(index)));
}

ApiError PurchaseSender::parseSent(const ApiResult &result, QString *remoteId) const
{
    IncomingNumber number;
    const ApiError error = NumbersClient::parseNumber(result, m_client.family(), &number);
    if (!error.isError()) {
        *remoteId = number.sid;
        m_numberOf.insert(number.sid, number.phoneNumber);
    }
    return error;
}

void PurchaseSender::reconcile(const Draft &draft, QObject *context, ReconcileCallback done)
{
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const QString key = draft.sendContext.value(ItemKey).toString();
    const int index = cart.indexOf(key);
    ReconcileResult r;
    if (index < 0 || !hasSendNotes(draft)) {
        // Nothing says which number was in flight: nothing is bought again by itself.
        r.checked = true;
        r.mayResend = false;
        done(r);
        return;
    }
    const PurchaseItem item = cart.items.at(index);
    const QString ownedBefore = draft.sendContext.value(OwnedBeforeKey).toString();
    QSet<QString> areaBefore;
    for (const QJsonValue &v : draft.sendContext.value(AreaBeforeKey).toArray())
        areaBefore.insert(v.toString());
    const bool areaComplete = draft.sendContext.value(u"areaComplete"_s).toBool(true);
    const ApiFamily family = m_client.family();
    ApiJob *job = m_client.findOwned(item.isAreaCodeItem() ? areaPrefix(item.areaCode)
                                                           : item.phoneNumber);
    QObject::connect(job, &ApiJob::finished, context,
                     [this, item, ownedBefore, areaBefore, areaComplete, family,
                      done](const ApiResult &result) {
        ReconcileResult r;
        QList<IncomingNumber> owned;
        bool more = false;
        r.error = NumbersClient::parseNumbers(result, family, &owned, &more);
        if (r.error.isError()) {
            done(r);
            return;
        }
        r.checked = true;
        if (!item.isAreaCodeItem()) {
            for (const IncomingNumber &n : std::as_const(owned)) {
                if (n.phoneNumber == item.phoneNumber) {
                    // Owned now: bought by this request, or already owned before it
                    // (recordStep() tells the two apart by the notes).
                    r.found = true;
                    r.remoteId = n.sid;
                    m_numberOf.insert(n.sid, n.phoneNumber);
                }
            }
            qCInfo(lcDrafts) << "purchase reconciled:" << (r.found ? "owned" : "not bought");
            done(r);
            return;
        }
        QList<IncomingNumber> fresh;
        for (const IncomingNumber &n : std::as_const(owned)) {
            if (!areaBefore.contains(n.sid))
                fresh.append(n);
        }
        if (fresh.size() == 1 && areaComplete && !more) {
            r.found = true;
            r.remoteId = fresh.first().sid;
            m_numberOf.insert(r.remoteId, fresh.first().phoneNumber);
        } else if (!fresh.isEmpty()) {
            // More than one new number there (or a list too long to be sure): the user says.
            for (const IncomingNumber &n : std::as_const(fresh)) {
                r.candidates.append({n.sid, PurchaseDraft::tr("%1 · %2 · bought %3")
                                                .arg(n.phoneNumber, n.friendlyName(),
                                                     n.dateCreated.toLocalTime().toString(
                                                         u"yyyy-MM-dd HH:mm"_s))});
                m_numberOf.insert(n.sid, n.phoneNumber);
            }
        }
        qCInfo(lcDrafts) << "area-code purchase reconciled:" << fresh.size() << "new numbers";
        done(r);
    });
}

QJsonObject PurchaseSender::recordStep(const Draft &draft, const QString &remoteId,
                                       const ApiError &refusal) const
{
    PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const int index = cart.indexOf(draft.sendContext.value(ItemKey).toString());
    if (index < 0)
        return draft.payload;
    PurchaseItem &item = cart.items[index];
    const QString ownedBefore = draft.sendContext.value(OwnedBeforeKey).toString();
    if (refusal.isError()) {
        if (!ownedBefore.isEmpty() && refusal.code() == u"21422") {
            // Refused because the account owns it: not a purchase, not a failure either.
            item.state = PurchaseItem::State::AlreadyOwned;
            item.sid = ownedBefore;
        } else {
            item.state = PurchaseItem::State::Failed;
            item.errorCode = refusal.code();
            item.errorMessage = refusal.message().isEmpty() ? refusal.displayText()
                                                            : refusal.message();
        }
    } else if (!ownedBefore.isEmpty() && remoteId == ownedBefore) {
        item.state = PurchaseItem::State::AlreadyOwned;
        item.sid = remoteId;
    } else {
        item.state = PurchaseItem::State::Bought;
        item.sid = remoteId;
        item.boughtNumber = m_numberOf.value(remoteId, item.phoneNumber);
    }
    return cart.toJson();
}

DraftEnding PurchaseSender::finish(const Draft &draft) const
{
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    DraftEnding ending;
    QStringList sids;
    for (const PurchaseItem &item : cart.items) {
        if (item.state == PurchaseItem::State::Bought)
            sids << item.sid;
        if (item.state == PurchaseItem::State::Failed) {
            const PurchaseErrorText words = purchaseErrorText(item.errorCode, item.errorMessage);
            ending.errors.append({u"item:"_s + item.key(), item.errorCode, words.text});
        }
    }
    ending.remoteId = sids.join(u',');
    ending.sent = ending.errors.isEmpty();
    if (!ending.sent) {
        const int failed = int(ending.errors.size());
        ending.message = PurchaseDraft::tr("%1 of %n number(s) bought.", nullptr, int(cart.items.size()))
                             .arg(sids.size())
                         + u' '
                         + PurchaseDraft::tr("%n could not be bought: see the cart for why and "
                                             "what to do.",
                                             nullptr, failed);
    }
    return ending;
}
