#pragma once

#include "api/apierror.h"
#include "availablenumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One number to buy in a cart: an exact number picked from a search, or "any number in
// this area code" (the documents allow buying by AreaCode alone). Each item keeps its own
// state and outcome, so a cart bought in part is never bought twice.
struct PurchaseItem
{
    enum class State {
        Pending,      // not bought yet
        Bought,       // bought now; sid (and boughtNumber for an area-code item)
        AlreadyOwned, // the account had it already: not a new purchase
        Failed,       // refused; errorCode and errorMessage say why
    };

    QString phoneNumber;   // E.164; empty for an area-code item
    QString areaCode;      // for an area-code item
    AvailableNumber offer; // what the search said of the number
    NumberSearch search;   // the search it came from, for a replacement
    State state = State::Pending;
    QString sid;
    QString boughtNumber;  // the number bought (an area-code item learns it on purchase)
    QString errorCode;     // "21422"
    QString errorMessage;

    // Unique in a cart: the number, or "area:415".
    QString key() const;
    bool isAreaCodeItem() const { return phoneNumber.isEmpty(); }
    bool isDone() const { return state == State::Bought || state == State::AlreadyOwned; }
    QJsonObject toJson() const;
    static PurchaseItem fromJson(const QJsonObject &object);
    static QString stateKey(State state);
};

// The payload of a purchase draft (DraftKind::Purchase): a cart of numbers gathered from
// several searches (Twilio answers at most 30 a search), the create parameters every number
// gets (voice and messaging URLs...), and the user's confirmation. The PurchaseSender buys
// the pending items one request each (a stepwise draft) and records each outcome here.
//
// Nothing is bought without a confirmation that names what is bought: confirm() records
// when, and which items; an item added later, or a confirmation older than a day, needs a
// new one.
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
    QDateTime confirmedAt;               // UTC; invalid until the user confirms
    QStringList confirmedKeys;           // the items the confirmation covers

    int indexOf(const QString &key) const;
    // Adds an item unless its key is in the cart already; false then.
    bool add(const PurchaseItem &item);
    int count(PurchaseItem::State state) const;
    int pendingCount() const { return count(PurchaseItem::State::Pending); }

    // The create request for one item: PhoneNumber or AreaCode, then every parameter set.
    QList<QPair<QString, QString>> requestFor(const PurchaseItem &item) const;
    // The user confirmed buying every item not bought yet (refused ones are tried again).
    void confirm(const QDateTime &when);
    // The confirmation covers every pending item and is less than a day old.
    bool isConfirmed(const QDateTime &now) const;
    // Problems that can be found offline, by field: a parameter's wire name, "item:<key>"
    // for an item, "items" when the cart is empty, "confirmation".
    QList<FieldError> check(const QDateTime &now) const;
    // The parameters alone, as the form checks them while typing.
    QList<FieldError> checkParameters() const;
    QString title() const; // "Buy 3 numbers", "Buy +14155550100"

    QJsonObject toJson() const;
    static PurchaseDraft fromJson(const QJsonObject &object);

    Q_DECLARE_TR_FUNCTIONS(PurchaseDraft) // last: it ends in "private:"
};

// A Twilio error code of a purchase in plain words, with what to do next.
struct PurchaseErrorText
{
    QString text;     // "Someone else bought this number after your search."
    QString nextStep; // "Remove it, or replace it with another number from the same search."
};
PurchaseErrorText purchaseErrorText(const QString &code, const QString &serverMessage);
