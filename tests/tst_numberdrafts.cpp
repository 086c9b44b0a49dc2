// The number drafts' own logic, without a server: what an edit sends, what a cart buys and
// when it may (a confirmation names the account and the numbers, and any difference asks
// again), what a copy keeps, and the plain words for each error code.
#include "drafts/draftkindrules.h"
#include "numbers/numbereditdraft.h"
#include "numbers/purchasedraft.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_NumberDrafts final : public QObject
{
    Q_OBJECT

private slots:
    void editSendsOnlyWhatChanged();
    void editChecksEveryChange();
    void editKnowsWhenItIsApplied();
    void editRoundTrips();
    void cartKeysAreUnique();
    void cartRequestCarriesEveryParameter();
    void areaCodeItemsAreNeverBought();
    void numberThatNeedsAnAddressWaitsForOne();
    void nothingIsBoughtWithoutConfirmation();
    void confirmationExpiresAfterADay();
    void confirmationNamesTheDifference_data();
    void confirmationNamesTheDifference();
    void copiesAndMovesDropTheConfirmation_data();
    void copiesAndMovesDropTheConfirmation();
    void cartWithNumbersBoughtStaysOnItsAccount();
    void summaryCountsFourOutcomes();
    void itemAddedAfterConfirmingNeedsANewOne();
    void confirmingAgainRetriesRefusedItems();
    void cartRoundTripsAndSurvivesBadInput();
    void errorCodesInPlainWords_data();
    void errorCodesInPlainWords();
};

namespace {
IncomingNumber sampleNumber()
{
    IncomingNumber n;
    n.sid = u"PN"_s + QString(32, u'a');
    n.phoneNumber = u"+14155550100"_s;
    n.values = {{u"FriendlyName"_s, u"Front desk"_s},
                {u"VoiceUrl"_s, u"https://example.com/voice"_s},
                {u"VoiceMethod"_s, u"POST"_s},
                {u"EmergencyStatus"_s, u"Inactive"_s}};
    return n;
}

PurchaseItem exact(const QString &number)
{
    PurchaseItem i;
    i.phoneNumber = number;
    return i;
}

PurchaseAccount sandboxAccount()
{
    PurchaseAccount a;
    a.profileId = u"sandbox-twilio"_s;
    a.provider = u"twilio"_s;
    a.account = u"AC"_s + QString(32, u'a');
    a.host = u"127.0.0.1"_s;
    a.sandbox = true;
    return a;
}
} // namespace

void tst_NumberDrafts::editSendsOnlyWhatChanged()
{
    NumberEditDraft d = NumberEditDraft::startFrom(sampleNumber(), ApiFamily::Twilio);
    QVERIFY(!d.hasChanges());
    QVERIFY(!d.original.contains(u"AccountSid"_s)); // moving a number is out of scope
    QVERIFY(!d.original.contains(u"PhoneNumber"_s));
    d.values[u"VoiceMethod"_s] = u"post"_s; // the same value in another case
    QVERIFY(!d.hasChanges());
    d.values[u"VoiceMethod"_s] = u"get"_s;
    d.values[u"SmsUrl"_s] = u"https://example.com/sms"_s;
    d.values[u"AccountSid"_s] = u"AC"_s + QString(32, u'1'); // never sent
    const auto changes = d.changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0), (QPair<QString, QString>{u"VoiceMethod"_s, u"GET"_s}));
    QCOMPARE(changes.at(1), (QPair<QString, QString>{u"SmsUrl"_s, u"https://example.com/sms"_s}));
    // The title names the changes as the form's labels do, never by wire name.
    QCOMPARE(d.title(), d.phoneNumber + u": Voice method, SMS URL"_s);

    // SignalWire has no emergency parameters.
    NumberEditDraft sw = NumberEditDraft::startFrom(sampleNumber(), ApiFamily::SignalWire);
    QVERIFY(!sw.original.contains(u"EmergencyStatus"_s));
}

void tst_NumberDrafts::editChecksEveryChange()
{
    NumberEditDraft d = NumberEditDraft::startFrom(sampleNumber(), ApiFamily::Twilio);
    d.values[u"VoiceUrl"_s] = u"example.com/voice"_s;
    d.values[u"FriendlyName"_s] = QString(65, u'x');
    const QList<FieldError> errors = d.check();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, u"FriendlyName"_s);
    QCOMPARE(errors.at(1).field, u"VoiceUrl"_s);
    d.values[u"VoiceUrl"_s].clear(); // clearing a URL is a change, and fine
    d.values[u"FriendlyName"_s] = u"Sales"_s;
    QVERIFY(d.check().isEmpty());
    QVERIFY(d.hasChanges());
}

void tst_NumberDrafts::editKnowsWhenItIsApplied()
{
    const IncomingNumber before = sampleNumber();
    NumberEditDraft d = NumberEditDraft::startFrom(before, ApiFamily::Twilio);
    d.values[u"VoiceUrl"_s] = u"https://new.example.com/voice"_s;
    QVERIFY(!d.isAppliedTo(before));
    IncomingNumber after = before;
    after.values[u"VoiceUrl"_s] = u"https://new.example.com/voice"_s;
    after.values[u"VoiceApplicationSid"_s].clear();
    QVERIFY(d.isAppliedTo(after));
    after.sid = u"PN"_s + QString(32, u'b');
    QVERIFY(!d.isAppliedTo(after));
}

void tst_NumberDrafts::editRoundTrips()
{
    NumberEditDraft d = NumberEditDraft::startFrom(sampleNumber(), ApiFamily::SignalWire);
    d.values[u"SmsUrl"_s] = u"https://x.example/sms"_s;
    const NumberEditDraft back = NumberEditDraft::fromJson(d.toJson());
    QCOMPARE(back.sid, d.sid);
    QCOMPARE(back.family, ApiFamily::SignalWire);
    QCOMPARE(back.changes(), d.changes());
    // A hostile file: wrong types are dropped, nothing crashes.
    const NumberEditDraft junk = NumberEditDraft::fromJson(
        QJsonDocument::fromJson(R"({"sid": 5, "values": {"VoiceUrl": [1]}, "original": "x"})").object());
    QVERIFY(junk.sid.isEmpty());
    QVERIFY(!junk.hasChanges());
    QVERIFY(!junk.check().isEmpty());
}

void tst_NumberDrafts::cartKeysAreUnique()
{
    PurchaseDraft cart;
    QVERIFY(cart.add(exact(u"+14155550100"_s)));
    QVERIFY(!cart.add(exact(u"+14155550100"_s)));
    PurchaseItem area;
    area.areaCode = u"415"_s;
    QVERIFY(cart.add(area));
    QVERIFY(!cart.add(area));
    QCOMPARE(cart.items.size(), 2);
    QCOMPARE(cart.indexOf(u"area:415"_s), 1);
    QCOMPARE(cart.title(), u"Buy 2 numbers"_s);
}

void tst_NumberDrafts::cartRequestCarriesEveryParameter()
{
    PurchaseDraft cart;
    cart.parameters = {{u"VoiceUrl"_s, u"https://example.com/v"_s},
                       {u"VoiceMethod"_s, u"get"_s},
                       {u"EmergencyStatus"_s, u"Active"_s},
                       {u"FriendlyName"_s, QString()}};
    const auto request = cart.requestFor(exact(u"+12125550100"_s));
    QCOMPARE(request.first(), (QPair<QString, QString>{u"PhoneNumber"_s, u"+12125550100"_s}));
    QVERIFY(request.contains(QPair<QString, QString>{u"VoiceMethod"_s, u"GET"_s}));
    QVERIFY(request.contains(QPair<QString, QString>{u"EmergencyStatus"_s, u"Active"_s}));
    QCOMPARE(request.size(), 4); // the empty FriendlyName is not sent
    cart.family = ApiFamily::SignalWire; // no emergency parameters there
    QCOMPARE(cart.requestFor(exact(u"+12125550100"_s)).size(), 3);
}

void tst_NumberDrafts::areaCodeItemsAreNeverBought()
{
    // An older version's "any number in 212": refused before anything is sent, with the way out.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    PurchaseItem area;
    area.areaCode = u"212"_s;
    cart.add(area);
    cart.add(exact(u"+14155550100"_s));
    cart.confirm(now, sandboxAccount());
    QCOMPARE(cart.numbersToBuy(), QStringList{u"+14155550100"_s});
    const QList<FieldError> errors = cart.check(now, sandboxAccount());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"item:area:212"_s);
    QVERIFY(errors.first().message.contains(u"exact numbers only"));
    QVERIFY(!cart.requestFor(area).contains(QPair<QString, QString>{u"AreaCode"_s, u"212"_s}));
}

void tst_NumberDrafts::numberThatNeedsAnAddressWaitsForOne()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    PurchaseItem item = exact(u"+19025550100"_s);
    item.offer.addressRequirements = u"local"_s;
    cart.add(item);
    cart.confirm(now, sandboxAccount());
    QList<FieldError> errors = cart.check(now, sandboxAccount());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"item:+19025550100"_s);
    QVERIFY(errors.first().message.contains(u"address"));
    cart.parameters[u"AddressSid"_s] = u"AD"_s + QString(32, u'0');
    QVERIFY(cart.check(now, sandboxAccount()).isEmpty());
}

void tst_NumberDrafts::nothingIsBoughtWithoutConfirmation()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    QVERIFY(!cart.check(now, sandboxAccount()).isEmpty()); // empty cart
    cart.add(exact(u"+14155550100"_s));
    auto errors = cart.check(now, sandboxAccount());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"confirmation"_s);
    cart.confirm(now, sandboxAccount());
    QVERIFY(cart.check(now, sandboxAccount()).isEmpty());
    cart.parameters[u"SmsUrl"_s] = u"ftp://x"_s;
    errors = cart.check(now, sandboxAccount());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"SmsUrl"_s);
}

void tst_NumberDrafts::confirmationExpiresAfterADay()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    cart.add(exact(u"+14155550100"_s));
    cart.confirm(now.addSecs(-PurchaseDraft::ConfirmationValidSeconds - 60), sandboxAccount());
    QVERIFY(!cart.isConfirmed(now, sandboxAccount()));
    const auto errors = cart.check(now, sandboxAccount());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(u"more than a day"));
    cart.confirm(now.addSecs(3600), sandboxAccount()); // a clock from the future does not count
    QVERIFY(!cart.isConfirmed(now, sandboxAccount()));
    // It survives storage as it is.
    cart.confirm(now.addSecs(-10), sandboxAccount());
    QVERIFY(PurchaseDraft::fromJson(cart.toJson()).isConfirmed(now, sandboxAccount()));
}

void tst_NumberDrafts::confirmationNamesTheDifference_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("named");
    QTest::newRow("another profile (a moved cart)") << 0 << u"not for"_s;
    QTest::newRow("another account SID") << 1 << u"not for"_s;
    QTest::newRow("another host") << 2 << u"not for"_s;
    QTest::newRow("live where the sandbox was confirmed") << 3 << u"live account"_s;
    QTest::newRow("a number added") << 4 << u"+14155550199 added"_s;
    QTest::newRow("a number removed") << 5 << u"+14155550101 removed"_s;
    QTest::newRow("a number resolved to another") << 6 << u"+14155550188 added"_s;
    QTest::newRow("older than a day") << 7 << u"more than a day"_s;
    QTest::newRow("an older version's confirmation") << 8 << u"earlier version"_s;
}

void tst_NumberDrafts::confirmationNamesTheDifference()
{
    QFETCH(int, change);
    QFETCH(QString, named);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    cart.add(exact(u"+14155550100"_s));
    cart.add(exact(u"+14155550101"_s));
    cart.confirm(now, sandboxAccount());
    QVERIFY(cart.isConfirmed(now, sandboxAccount()));
    PurchaseAccount account = sandboxAccount();
    switch (change) {
    case 0: account.profileId = u"sandbox-subaccount-twilio"_s; break;
    case 1: account.account = u"AC"_s + QString(32, u'f'); break;
    case 2: account.host = u"api.twilio.com"_s; break;
    case 3: account.sandbox = false; account.host = u"api.twilio.com"_s; break;
    case 4: cart.add(exact(u"+14155550199"_s)); break;
    case 5: cart.items.removeLast(); break;
    case 6: cart.items[1] = exact(u"+14155550188"_s); break;
    case 7: cart.confirm(now.addDays(-2), sandboxAccount()); break;
    case 8: cart = PurchaseDraft::fromJson(QJsonDocument::fromJson(
                R"({"items": [{"phoneNumber": "+14155550100", "state": "pending"}],
                    "confirmedAt": ")" + now.toString(Qt::ISODateWithMs).toUtf8()
                + R"(", "confirmedKeys": ["+14155550100"]})").object());
            break;
    }
    const QString problem = cart.confirmationProblem(now, account);
    QVERIFY2(problem.contains(named), qPrintable(problem));
    QCOMPARE(cart.check(now, account).constLast().field, u"confirmation"_s);
}

void tst_NumberDrafts::copiesAndMovesDropTheConfirmation_data()
{
    QTest::addColumn<int>("how");
    QTest::addColumn<QString>("named");
    QTest::newRow("duplicate") << int(DraftKindRules::Copy::Duplicate) << u"copy"_s;
    QTest::newRow("import") << int(DraftKindRules::Copy::Import) << u"imported"_s;
    QTest::newRow("move") << int(DraftKindRules::Copy::Move) << u"moved"_s;
}

void tst_NumberDrafts::copiesAndMovesDropTheConfirmation()
{
    QFETCH(int, how);
    QFETCH(QString, named);
    const auto why = DraftKindRules::Copy(how);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    cart.add(exact(u"+14155550100"_s));
    cart.add(exact(u"+14155550101"_s));
    cart.items[1].state = PurchaseItem::State::Failed;
    cart.items[1].errorCode = u"21422"_s;
    cart.confirm(now, sandboxAccount());
    const PurchaseDraft copy = PurchaseDraft::fromJson(purchaseKindRules().copied(cart.toJson(), why));
    QVERIFY(copy.confirmation.isNull());
    QVERIFY(!copy.isConfirmed(now, sandboxAccount())); // the same account: still asks again
    QVERIFY2(copy.confirmationProblem(now, sandboxAccount()).contains(named),
             qPrintable(copy.confirmationProblem(now, sandboxAccount())));
    QCOMPARE(copy.items.size(), 2);
}

void tst_NumberDrafts::cartWithNumbersBoughtStaysOnItsAccount()
{
    PurchaseDraft cart;
    cart.add(exact(u"+14155550100"_s));
    cart.add(exact(u"+14155550101"_s));
    Draft draft;
    draft.kind = DraftKind::Purchase;
    draft.title = cart.title();
    draft.payload = cart.toJson();
    QVERIFY(purchaseKindRules().whyItStays(draft).isEmpty());
    cart.items[0].state = PurchaseItem::State::Bought;
    cart.items[0].sid = u"PN1"_s;
    draft.payload = cart.toJson();
    QVERIFY(purchaseKindRules().whyItStays(draft).contains(u"1 bought"));
    // A copy has bought nothing: its numbers start afresh.
    const PurchaseDraft copy = PurchaseDraft::fromJson(
        purchaseKindRules().copied(draft.payload, DraftKindRules::Copy::Duplicate));
    QCOMPARE(copy.pendingCount(), 2);
}

void tst_NumberDrafts::summaryCountsFourOutcomes()
{
    PurchaseDraft cart;
    for (const auto &[number, state] : {std::pair{u"+14155550100"_s, PurchaseItem::State::Bought},
                                        std::pair{u"+14155550101"_s, PurchaseItem::State::Bought},
                                        std::pair{u"+14155550102"_s, PurchaseItem::State::AlreadyOwned},
                                        std::pair{u"+14155550103"_s, PurchaseItem::State::Failed},
                                        std::pair{u"+14155550104"_s, PurchaseItem::State::Unsettled}}) {
        PurchaseItem item = exact(number);
        item.state = state;
        cart.add(item);
    }
    const PurchaseSummary s = cart.summary();
    QCOMPARE(s.settled(), 5);
    QCOMPARE(s.text(), u"2 bought · 1 already yours · 1 not bought · needs your decision: 1"_s);
}

void tst_NumberDrafts::itemAddedAfterConfirmingNeedsANewOne()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurchaseDraft cart;
    cart.add(exact(u"+14155550100"_s));
    cart.confirm(now, sandboxAccount());
    cart.add(exact(u"+14155550101"_s));
    QVERIFY(!cart.isConfirmed(now, sandboxAccount()));
    // An item bought already needs no confirmation any more.
    cart.items[1].state = PurchaseItem::State::Bought;
    QVERIFY(cart.isConfirmed(now, sandboxAccount()));
}

void tst_NumberDrafts::confirmingAgainRetriesRefusedItems()
{
    PurchaseDraft cart;
    cart.add(exact(u"+14155550100"_s));
    cart.add(exact(u"+14155550101"_s));
    cart.items[0].state = PurchaseItem::State::Bought;
    cart.items[0].sid = u"PN1"_s;
    cart.items[1].state = PurchaseItem::State::Failed;
    cart.items[1].errorCode = u"21631"_s;
    cart.confirm(QDateTime::currentDateTimeUtc(), sandboxAccount());
    QCOMPARE(cart.items[0].state, PurchaseItem::State::Bought); // never bought again
    QCOMPARE(cart.items[1].state, PurchaseItem::State::Pending);
    QVERIFY(cart.items[1].errorCode.isEmpty());
    QCOMPARE(cart.confirmation.numbers, QStringList{u"+14155550101"_s});
}

void tst_NumberDrafts::cartRoundTripsAndSurvivesBadInput()
{
    PurchaseDraft cart;
    cart.family = ApiFamily::SignalWire;
    PurchaseItem item = exact(u"+14155550100"_s);
    item.offer.phoneNumber = item.phoneNumber;
    item.offer.friendlyName = u"(415) 555-0100"_s;
    item.offer.locality = u"San Francisco"_s;
    item.search.areaCode = u"415"_s;
    item.search.type = NumberSearch::Type::TollFree;
    item.pickedFor = u"415"_s;
    item.state = PurchaseItem::State::Bought;
    item.sid = u"sid-1"_s;
    cart.add(item);
    cart.parameters[u"VoiceUrl"_s] = u"https://a.example"_s;
    cart.confirm(QDateTime::currentDateTimeUtc(), sandboxAccount());
    const PurchaseDraft back = PurchaseDraft::fromJson(cart.toJson());
    QCOMPARE(back.toJson(), cart.toJson());
    QCOMPARE(back.items.first().offer.locality, u"San Francisco"_s);
    QCOMPARE(back.items.first().search.type, NumberSearch::Type::TollFree);
    QCOMPARE(back.items.first().pickedFor, u"415"_s);
    QCOMPARE(back.confirmation.account, sandboxAccount());

    const PurchaseDraft junk = PurchaseDraft::fromJson(QJsonDocument::fromJson(
        R"({"items": [{"phoneNumber": "+1"}, {"phoneNumber": "+1"}, {}, 7], "parameters": {"VoiceUrl": 3},
            "confirmedAt": "yesterday", "confirmation": {"at": 5, "numbers": "x"}})").object());
    QCOMPARE(junk.items.size(), 1);
    QVERIFY(junk.parameters.isEmpty());
    QVERIFY(junk.confirmation.isNull());
    QVERIFY(!junk.check(QDateTime::currentDateTimeUtc(), sandboxAccount()).isEmpty());
}

void tst_NumberDrafts::errorCodesInPlainWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("textPart");
    QTest::addColumn<QString>("nextPart");
    QTest::newRow("21452") << u"21452"_s << u"no numbers left"_s << u"nearby"_s;
    QTest::newRow("21422") << u"21422"_s << u"no longer available"_s << u"replace"_s;
    QTest::newRow("21421") << u"21421"_s << u"not a valid"_s << u"search"_s;
    QTest::newRow("21631") << u"21631"_s << u"address"_s << u"address"_s;
    QTest::newRow("21613") << u"21613"_s << u"regulatory"_s << u"bundle"_s;
    QTest::newRow("20429") << u"20429"_s << u"slow down"_s << u"again"_s;
    QTest::newRow("unknown") << u"99999"_s << u"as the server says"_s << QString();
}

void tst_NumberDrafts::errorCodesInPlainWords()
{
    QFETCH(QString, code);
    QFETCH(QString, textPart);
    QFETCH(QString, nextPart);
    const PurchaseErrorText words = purchaseErrorText(code, u"as the server says"_s);
    QVERIFY2(words.text.contains(textPart, Qt::CaseInsensitive), qPrintable(words.text));
    if (nextPart.isEmpty())
        QVERIFY(words.nextStep.isEmpty());
    else
        QVERIFY2(words.nextStep.contains(nextPart, Qt::CaseInsensitive), qPrintable(words.nextStep));
}

QTEST_APPLESS_MAIN(tst_NumberDrafts)
#include "tst_numberdrafts.moc"
