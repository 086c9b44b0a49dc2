#include "purchasesender.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "drafts/draftslogging.h"
#include "purchasedraft.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString ItemKey = u"item"_s;
const QString OwnedBeforeKey = u"ownedBefore"_s;   // the SID the number had on the account, or ""
const QString AreaBeforeKey = u"areaBefore"_s;     // an old area-code item: SIDs owned there
const QString AreaCompleteKey = u"areaComplete"_s; // ... and whether that list was complete
const QString NumbersKey = u"numbers"_s;           // candidates' numbers, by SID
const QString FirstAttemptKey = u"firstAttempt"_s; // the outbox keeps the first attempt's notes

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

// The step's note from before its first attempt (the same as this attempt's when it is the
// first): what the account owned before this cart tried to buy the number.
QString ownedBeforeFirstAttempt(const Draft &draft)
{
    const QJsonObject first = draft.sendContext.value(FirstAttemptKey).toObject();
    if (!first.isEmpty()
        && first.value(ItemKey).toString() == draft.sendContext.value(ItemKey).toString())
        return first.value(OwnedBeforeKey).toString();
    return draft.sendContext.value(OwnedBeforeKey).toString();
}

// Every page of the account's numbers that contain a text (Twilio lists oldest first, so
// what is new is on the last page), then done(numbers, error).
struct OwnedReading
{
    using Done = std::function<void(const QList<IncomingNumber> &, const ApiError &)>;

    PagedEndpoint endpoint;
    AccountClient *account = nullptr;
    ApiFamily family = ApiFamily::Twilio;
    QObject *context = nullptr;
    Done done;
    QList<IncomingNumber> numbers;
    int pages = 0;

    static void start(const NumbersClient &client, const QString &text, QObject *context, Done done)
    {
        auto reading = std::make_shared<OwnedReading>();
        reading->endpoint = client.listEndpoint({text, {}}, PagedEndpoint::MaxPageSize);
        reading->account = client.accountClient();
        reading->family = client.family();
        reading->context = context;
        reading->done = std::move(done);
        read(reading, reading->endpoint.firstRequest());
    }

    static void read(const std::shared_ptr<OwnedReading> &self, const PageRequest &request)
    {
        ApiJob *job = self->account->get(request.path, request.query);
        QObject::connect(job, &ApiJob::finished, self->context, [self](const ApiResult &result) {
            const PageResult page = self->endpoint.parsePage(result);
            if (!page.ok()) {
                self->done({}, page.error);
                return;
            }
            for (const QJsonValue &v : page.records) {
                IncomingNumber n;
                if (const ApiError e = IncomingNumber::fromJson(v.toObject(), self->family, &n);
                    e.isError()) {
                    self->done({}, e);
                    return;
                }
                self->numbers.append(n);
            }
            // A server that never ends its list is not followed for ever (100,000 numbers).
            if (page.isLastPage() || ++self->pages >= 100) {
                self->done(self->numbers, {});
                return;
            }
            read(self, page.next);
        });
    }
};
} // namespace

PurchaseSender::PurchaseSender(AccountClient *client)
    : m_client(client)
{
}

QList<FieldError> PurchaseSender::check(const Draft &draft) const
{
    return PurchaseDraft::fromJson(draft.payload)
        .check(QDateTime::currentDateTimeUtc(),
               PurchaseAccount::of(m_client.accountClient()->profile()));
}

bool PurchaseSender::hasPendingStep(const Draft &draft) const
{
    return nextPending(PurchaseDraft::fromJson(draft.payload)) >= 0;
}

QString PurchaseSender::checkingText(const Draft &draft) const
{
    Q_UNUSED(draft)
    return PurchaseDraft::tr("Checking whether the purchase went through…");
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
    if (item.isAreaCodeItem()) {
        // check() refuses these; never bought by area code, whatever happens.
        done({}, refusedBeforeSending(PurchaseDraft::tr("Switchboard buys exact numbers only: "
                                                        "pick a number in area code %1.")
                                          .arg(item.areaCode)));
        return;
    }
    const auto noteThenGo = [this, item, context, done] {
        noteOwned(item.key(), item.phoneNumber, context, done);
    };
    const bool started = std::any_of(cart.items.begin(), cart.items.end(), [](const PurchaseItem &i) {
        return i.state != PurchaseItem::State::Pending;
    });
    const bool waited = !cart.confirmation.isNull()
                        && cart.confirmation.at.secsTo(QDateTime::currentDateTimeUtc())
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
                               QObject *context, PrepareCallback done)
{
    const ApiFamily family = m_client.family();
    ApiJob *job = m_client.findOwned(phoneNumber);
    QObject::connect(job, &ApiJob::finished, context,
                     [key, phoneNumber, family, done](const ApiResult &result) {
                         QList<IncomingNumber> owned;
                         const ApiError error = NumbersClient::parseNumbers(result, family, &owned);
                         if (error.isError()) {
                             done({}, error);
                             return;
                         }
                         QString sid;
                         for (const IncomingNumber &n : std::as_const(owned)) {
                             if (n.phoneNumber == phoneNumber)
                                 sid = n.sid;
                         }
                         done(QJsonObject{{ItemKey, key}, {OwnedBeforeKey, sid}}, {});
                     });
}

ApiJob *PurchaseSender::send(const Draft &draft)
{
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const int index = cart.indexOf(draft.sendContext.value(ItemKey).toString());
    // prepare() named a pending exact item of this very payload (the outbox checks that the
    // draft did not change between the two). Were it ever otherwise, nothing is bought: a
    // read, whose answer parseSent() refuses, sends the draft to reconcile(), which finds no
    // notes for an item and gives the cart back to the user.
    Q_ASSERT(index >= 0);
    if (index < 0 || cart.items.at(index).state != PurchaseItem::State::Pending
        || cart.items.at(index).isAreaCodeItem()) {
        qCWarning(lcDrafts) << "a purchase step names no pending number; nothing is bought";
        return m_client.findOwned(u"+"_s, 1);
    }
    return m_client.buy(cart.requestFor(cart.items.at(index)));
}

ApiError PurchaseSender::parseSent(const ApiResult &result, QString *remoteId) const
{
    IncomingNumber number;
    const ApiError error = NumbersClient::parseNumber(result, m_client.family(), &number);
    if (!error.isError())
        *remoteId = number.sid;
    return error;
}

bool PurchaseSender::checksRefusal(const Draft &draft, const ApiError &refusal) const
{
    // "Not available" for a number that was not the account's before the first attempt, nor
    // when this attempt was prepared: an earlier attempt may have bought it since. Looked up
    // before "not bought" is believed.
    if (refusal.code() != u"21422")
        return false;
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const int index = cart.indexOf(draft.sendContext.value(ItemKey).toString());
    return index >= 0 && !cart.items.at(index).isAreaCodeItem()
           && ownedBeforeFirstAttempt(draft).isEmpty()
           && draft.sendContext.value(OwnedBeforeKey).toString().isEmpty();
}

void PurchaseSender::reconcile(const Draft &draft, QObject *context, ReconcileCallback done)
{
    const PurchaseDraft cart = PurchaseDraft::fromJson(draft.payload);
    const QString key = draft.sendContext.value(ItemKey).toString();
    const int index = cart.indexOf(key);
    if (index < 0 || !hasSendNotes(draft)) {
        // Nothing says which number was in flight: nothing is bought again by itself.
        ReconcileResult r;
        r.checked = true;
        r.mayResend = false;
        done(r);
        return;
    }
    const PurchaseItem item = cart.items.at(index);
    if (item.isAreaCodeItem()) {
        reconcileAreaCode(draft, item.areaCode, context, done);
        return;
    }
    const ApiFamily family = m_client.family();
    ApiJob *job = m_client.findOwned(item.phoneNumber);
    QObject::connect(job, &ApiJob::finished, context, [item, family, done](const ApiResult &result) {
        ReconcileResult r;
        QList<IncomingNumber> owned;
        r.error = NumbersClient::parseNumbers(result, family, &owned);
        if (r.error.isError()) {
            done(r);
            return;
        }
        r.checked = true;
        for (const IncomingNumber &n : std::as_const(owned)) {
            if (n.phoneNumber == item.phoneNumber) {
                // Owned now: bought by this cart, or the account's before its first attempt
                // (recordStep() tells the two apart by the notes).
                r.found = true;
                r.remoteId = n.sid;
            }
        }
        // Not found: sending the exact number again is safe (an owned number is refused).
        qCInfo(lcDrafts) << "purchase reconciled:" << (r.found ? "owned" : "not bought");
        done(r);
    });
}

void PurchaseSender::reconcileAreaCode(const Draft &draft, const QString &areaCode,
                                       QObject *context, ReconcileCallback done)
{
    // An older version's purchase by area code, answer lost. Any number new in the area code
    // may be someone else's purchase (the console, another tool, another profile), so none
    // is taken as this one by itself: the user is shown what is new, and nothing is resent.
    QSet<QString> before;
    for (const QJsonValue &v : draft.sendContext.value(AreaBeforeKey).toArray())
        before.insert(v.toString());
    const bool beforeComplete = draft.sendContext.value(AreaCompleteKey).toBool(true);
    const QDateTime sentAt = QDateTime::fromString(draft.sendContext.value(u"preparedAt"_s).toString(),
                                                   Qt::ISODate);
    OwnedReading::start(m_client, areaPrefix(areaCode), context,
                 [before, beforeComplete, sentAt, areaCode, done](const QList<IncomingNumber> &owned,
                                                                  const ApiError &error) {
        ReconcileResult r;
        r.error = error;
        if (error.isError()) {
            done(r);
            return;
        }
        r.checked = true;
        r.mayResend = false;
        QJsonObject numbers;
        for (const IncomingNumber &n : owned) {
            // A list of what was there before that was cut short cannot tell new from old:
            // then what was created since the purchase left (a little earlier, for clocks).
            const bool fresh = beforeComplete ? !before.contains(n.sid)
                                              : !before.contains(n.sid)
                                                    && (!sentAt.isValid() || !n.dateCreated.isValid()
                                                        || n.dateCreated >= sentAt.addSecs(-120));
            if (!fresh)
                continue;
            r.candidates.append({n.sid, PurchaseDraft::tr("%1 · %2 · bought %3")
                                            .arg(formatPhoneNumber(n.phoneNumber), n.friendlyName(),
                                                 n.dateCreated.toLocalTime().toString(
                                                     u"yyyy-MM-dd HH:mm"_s))});
            numbers.insert(n.sid, n.phoneNumber);
        }
        r.notes.insert(NumbersKey, numbers);
        qCInfo(lcDrafts) << "area-code purchase reconciled:" << owned.size() << "numbers in"
                         << areaCode << "," << r.candidates.size() << "new";
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
    // Before the first attempt, and when this attempt was prepared.
    const QString ownedBefore = ownedBeforeFirstAttempt(draft);
    const QString ownedNow = draft.sendContext.value(OwnedBeforeKey).toString();
    const auto bought = [&](const QString &sid) {
        item.state = PurchaseItem::State::Bought;
        item.sid = sid;
        const QString number = draft.sendContext.value(NumbersKey).toObject().value(sid).toString();
        item.boughtNumber = number.isEmpty() ? item.phoneNumber : number;
        item.errorCode.clear();
        item.errorMessage.clear();
    };
    if (refusal.isError()) {
        if (refusal.code() == u"21422" && !ownedBefore.isEmpty()) {
            // Refused because the account owned it before: not a purchase, not a failure either.
            item.state = PurchaseItem::State::AlreadyOwned;
            item.sid = ownedBefore;
            item.boughtNumber = item.phoneNumber;
        } else if (refusal.code() == u"21422" && !ownedNow.isEmpty()) {
            // Not the account's before the first attempt, and its own by this one: the first
            // attempt bought it after its answer was lost (a late commit).
            bought(ownedNow);
        } else {
            item.state = PurchaseItem::State::Failed;
            item.errorCode = refusal.code();
            item.errorMessage = refusal.message().isEmpty() ? refusal.displayText()
                                                            : refusal.message();
        }
    } else if (!ownedBefore.isEmpty() && remoteId == ownedBefore) {
        item.state = PurchaseItem::State::AlreadyOwned;
        item.sid = remoteId;
        item.boughtNumber = item.phoneNumber;
    } else {
        bought(remoteId);
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
        if (item.state == PurchaseItem::State::Failed || item.state == PurchaseItem::State::Unsettled) {
            const PurchaseErrorText words = purchaseErrorText(item.errorCode, item.errorMessage);
            ending.errors.append({u"item:"_s + item.key(), item.errorCode, words.text});
        }
    }
    ending.remoteId = sids.join(u',');
    ending.sent = ending.errors.isEmpty();
    if (!ending.sent) {
        ending.message = PurchaseDraft::tr("%1. See the cart for why and what to do.")
                             .arg(cart.summary().text());
    }
    return ending;
}
