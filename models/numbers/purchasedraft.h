#pragma once

#include "api/apierror.h"
#include "availablenumber.h"
#include "drafts/draftkindrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct AccountProfile;

// One number to buy in a cart: always an exact number. "Any number in this area code" is
// resolved to one by a search when it is added (pickedFor says which area code), so every
// purchase names the number it buys, and a lost answer is answered by looking it up. Drafts
// of older versions may hold an area-code item (areaCode, no phoneNumber): it is never sent
// again; one that was sent already is settled by the user. Each item keeps its own state
// and outcome, so a cart bought in part is never bought twice.
struct PurchaseItem
{
    enum class State {
        Pending,      // not bought yet
        Bought,       // bought by this cart; sid and boughtNumber say what
        AlreadyOwned, // the account had it before the purchase: not a new purchase
        Failed,       // refused; errorCode and errorMessage say why
        Unsettled,    // may have been bought, and Switchboard cannot tell (an old area-code
                      // purchase whose answer was lost): the user decides; never resent
    };

    QString phoneNumber;   // E.164; empty only for an old area-code item
    QString areaCode;      // an old draft's area-code item
    QString pickedFor;     // the area code "Any number in this area code" was picked for
    AvailableNumber offer; // what the search said of the number
    NumberSearch search;   // the search it came from, for a replacement
    State state = State::Pending;
    QString sid;
    QString boughtNumber;  // the number bought (an old area-code item learns it on purchase)
    QString errorCode;     // "21422"
    QString errorMessage;

    // Unique in a cart: the number, or "area:415".
    QString key() const;
    bool isAreaCodeItem() const { return phoneNumber.isEmpty(); }
    bool isDone() const { return state == State::Bought || state == State::AlreadyOwned; }
    // Local rules ask for an address to buy it (the search said so).
    bool needsAddress() const { return offer.requiresAddress(); }
    // The number as the cart shows it: the bought one, else the one to buy.
    QString number() const { return boughtNumber.isEmpty() ? phoneNumber : boughtNumber; }
    QJsonObject toJson() const;
    static PurchaseItem fromJson(const QJsonObject &object);
    static QString stateKey(State state);
};

// Which account a purchase is for, as its confirmation names it.
struct PurchaseAccount
{
    QString profileId; // AccountProfile::id: the account profile the cart was on
    QString provider;  // "twilio", "signalwire"
    QString account;   // the account SID or project id in the API's paths
    QString host;      // the API's host without its port (the sandbox's changes every start)
    bool sandbox = false;

    static PurchaseAccount of(const AccountProfile &profile);
    bool isNull() const { return provider.isEmpty(); }
    // "Twilio account AC1a…9f2c on api.twilio.com"
    QString describe() const;
    QJsonObject toJson() const;
    static PurchaseAccount fromJson(const QJsonObject &object);
    friend bool operator==(const PurchaseAccount &a, const PurchaseAccount &b)
    {
        return a.profileId == b.profileId && a.provider == b.provider && a.account == b.account
               && a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.sandbox == b.sandbox;
    }
    friend bool operator!=(const PurchaseAccount &a, const PurchaseAccount &b) { return !(a == b); }
};

// A record of what the user confirmed: on which account, exactly which numbers, and when.
struct PurchaseConfirmation
{
    PurchaseAccount account;
    QStringList numbers; // E.164: every number it covers
    QDateTime at;        // UTC; invalid: no confirmation

    bool isNull() const { return !at.isValid(); }
};

// A cart's outcome in the four counts the form's progress bar, its banner and the outbox's
// ending all tell.
struct PurchaseSummary
{
    int total = 0;
    int bought = 0;    // bought by this cart
    int owned = 0;     // already the account's: not bought again
    int notBought = 0; // refused
    int undecided = 0; // may have been bought: the user decides
    int pending = 0;   // not tried yet

    int settled() const { return bought + owned + notBought + undecided; }
    // "2 bought · 1 already yours · 1 not bought · 1 needs your decision"; zeros are left out.
    QString text() const;
};

// The payload of a purchase draft (DraftKind::Purchase): a cart of numbers gathered from
// several searches (Twilio answers at most 30 a search), the create parameters every number
// gets (voice and messaging URLs...), and the user's confirmation. The PurchaseSender buys
// the pending items one request each (a stepwise draft) and records each outcome here.
//
// Nothing is bought without a confirmation that matches the cart as it is: the same account
// (profile, provider, account SID, host, sandbox or live), exactly the numbers confirmed, less
// than a day ago. Anything else asks again, naming the difference (confirmationProblem()).
// Moving, duplicating or importing a cart drops its confirmation (purchaseKindRules()).
struct PurchaseDraft
{
    static constexpr int ConfirmationValidSeconds = 24 * 3600;
    // A cart that waited this long in the outbox (offline) checks that every number is still
    // offered before it buys anything.
    static constexpr int WaitedSeconds = 5 * 60;

    ApiFamily family = ApiFamily::Twilio;
    NumberSearch search;                 // what the form last searched for
    QList<PurchaseItem> items;
    QHash<QString, QString> parameters;  // create parameters by wire name, for every number
    PurchaseConfirmation confirmation;
    // Why an earlier confirmation was dropped: "moved", "copied", "imported", "undecided";
    // empty when there was none. Said when the user is asked again.
    QString unconfirmedBecause;

    int indexOf(const QString &key) const;
    // Adds an item unless its key is in the cart already; false then.
    bool add(const PurchaseItem &item);
    int count(PurchaseItem::State state) const;
    int pendingCount() const { return count(PurchaseItem::State::Pending); }
    PurchaseSummary summary() const;
    // The numbers a confirmation made now would cover: every pending or refused number.
    QStringList numbersToBuy() const;
    bool hasAddress() const { return !parameters.value(QStringLiteral("AddressSid")).isEmpty(); }

    // The create request for one (exact) item: PhoneNumber, then every parameter set. An
    // AreaCode is never sent: the app buys exact numbers only.
    QList<QPair<QString, QString>> requestFor(const PurchaseItem &item) const;
    // The user confirmed buying numbersToBuy() on `account` (refused ones are tried again).
    void confirm(const QDateTime &when, const PurchaseAccount &account);
    // Why the confirmation does not cover the cart as it is now on `account`, in one
    // sentence naming the difference; empty when it does.
    QString confirmationProblem(const QDateTime &now, const PurchaseAccount &account) const;
    bool isConfirmed(const QDateTime &now, const PurchaseAccount &account) const
    {
        return confirmationProblem(now, account).isEmpty();
    }
    // Problems that can be found offline, by field: a parameter's wire name, "item:<key>"
    // for an item, "items" when the cart is empty, "confirmation".
    QList<FieldError> check(const QDateTime &now, const PurchaseAccount &account) const;
    // The same without the confirmation: what must be right before one is asked for.
    QList<FieldError> checkContent() const;
    // The parameters alone, as the form checks them while typing.
    QList<FieldError> checkParameters() const;
    QString title() const; // "Buy 3 numbers", "Buy +14155550100"

    QJsonObject toJson() const;
    static PurchaseDraft fromJson(const QJsonObject &object);

    Q_DECLARE_TR_FUNCTIONS(PurchaseDraft) // last: it ends in "private:"
};

// What a purchase draft keeps when it is copied, moved or imported (no confirmation, and a
// copy starts with no outcomes), why a cart with numbers bought stays on its account, and
// what "Keep as draft" leaves of a purchase waiting for the user's decision (the number in
// flight needs their decision; the confirmation goes).
DraftKindRules purchaseKindRules();

// A Twilio error code of a purchase in plain words, with what to do next.
struct PurchaseErrorText
{
    QString text;     // "Someone else bought this number after your search."
    QString nextStep; // "Remove it, or replace it with another number from the same search."
    QString brief;    // a word or two for a table cell: "taken"
};
PurchaseErrorText purchaseErrorText(const QString &code, const QString &serverMessage);
