// The New broadcast project form under offscreen against the sandbox: both channels (brand and
// campaign, or the toll-free verification and its numbers only), the 49/50 limit, link
// tracking's required fields, a channel change that lets numbers go, server errors on their
// fields, and an edit made offline from the cached lists that is sent when the sandbox is back.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "broadcast/broadcastclient.h"
#include "broadcast/broadcastform.h"
#include "broadcast/broadcastsender.h"
#include "broadcast/numberpicker.h"
#include "broadcast/numberselectionmodel.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "kindregistry.h"
#include "sandboxfixture.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int LongWaitMs = 60000;

template<typename T>
T *child(QWidget *form, const QString &name)
{
    T *w = form->findChild<T *>(name);
    if (!w)
        qWarning() << "no widget" << name;
    return w;
}

// Whether the whole of `widget` is in the viewport of the scroll area it sits in.
bool inView(QWidget *widget)
{
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            const QRect shown(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
            return widget->isVisible() && area->viewport()->rect().contains(shown);
        }
    }
    return false;
}

// Selects the combo entry whose data is `id` as a user would (the index changes).
bool choose(QComboBox *combo, const QString &id)
{
    const int index = combo->findData(id);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}
} // namespace

class tst_BroadcastForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tenDlcShowsTheBrandsCampaignsOnly();
    void tollFreeOffersTheVerificationsNumbersOnly();
    void theFiftiethNumberIsRefused();
    void linkTrackingMakesItsFieldsRequired();
    void serverErrorsLandOnTheirFields();
    void offlineEditIsSentWhenTheSandboxIsBack();
    void outcomeBannerIsBroughtIntoView();

private:
    std::unique_ptr<BroadcastForm> openForm();
    // A valid 10DLC project in the form: name, a brand with campaigns, its first campaign and
    // `count` local numbers.
    void fillValid(BroadcastForm *form, const QString &name, int count = 3);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<AccountClient> m_client;
};

void tst_BroadcastForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_BroadcastForm::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(10);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
    m_client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Broadcast));
    m_client->setTransferTimeout(5000);
}

void tst_BroadcastForm::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

std::unique_ptr<BroadcastForm> tst_BroadcastForm::openForm()
{
    auto form = std::make_unique<BroadcastForm>(m_client.get(), m_store.get());
    QSignalSpy loaded(form.get(), &BroadcastForm::referenceLoaded);
    form->resize(1000, 700);
    form->show();
    if (!loaded.wait(LongWaitMs) || !loaded.first().first().toBool())
        qWarning() << "the lists did not load";
    return form;
}

void tst_BroadcastForm::fillValid(BroadcastForm *form, const QString &name, int count)
{
    QTest::keyClicks(child<QLineEdit>(form, u"nameEdit"_s), name);
    const BroadcastReference &ref = form->reference();
    QString brand;
    for (const auto &b : ref.brands) {
        if (!ref.campaignsOf(b.id).isEmpty()) {
            brand = b.id;
            break;
        }
    }
    QVERIFY(choose(child<QComboBox>(form, u"brandCombo"_s), brand));
    QVERIFY(choose(child<QComboBox>(form, u"campaignCombo"_s), ref.campaignsOf(brand).first().id));
    int chosen = 0;
    for (const auto &n : ref.numbers) {
        if (chosen < count && !n.tollFree && form->numberPicker()->model()->setChosen(n.id, true))
            ++chosen;
    }
    QCOMPARE(chosen, count);
}

void tst_BroadcastForm::tenDlcShowsTheBrandsCampaignsOnly()
{
    auto form = openForm();
    const BroadcastReference &ref = form->reference();
    QVERIFY(!ref.isEmpty());
    QVERIFY(child<QLabel>(form.get(), u"referenceNote"_s)->text().contains(u"Lists read from the server"_s));
    auto *brand = child<QComboBox>(form.get(), u"brandCombo"_s);
    auto *campaign = child<QComboBox>(form.get(), u"campaignCombo"_s);
    auto *verification = child<QComboBox>(form.get(), u"verificationCombo"_s);
    QVERIFY(child<QRadioButton>(form.get(), u"tenDlcRadio"_s)->isChecked());
    QVERIFY(brand->isVisible());
    QVERIFY(campaign->isVisible());
    QVERIFY(!verification->isVisible());
    QCOMPARE(brand->count(), int(ref.brands.size()) + 1); // "Choose a brand…" first
    QVERIFY(!campaign->isEnabled()); // no brand yet

    for (const auto &b : ref.brands) {
        QVERIFY(choose(brand, b.id));
        const auto campaigns = ref.campaignsOf(b.id);
        auto *note = child<QLabel>(form.get(), u"noCampaignNote"_s);
        if (campaigns.isEmpty()) {
            // The brand with none says so, by name, and nothing can be chosen.
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(b.name), qPrintable(note->text()));
            QVERIFY(!campaign->isEnabled());
        } else {
            QVERIFY(!note->isVisible());
            QVERIFY(campaign->isEnabled());
            QCOMPARE(campaign->count(), int(campaigns.size()) + 1);
            for (const auto &c : campaigns)
                QVERIFY(campaign->findData(c.id) > 0);
        }
    }

    // Every rule met: Create is offered, and its tooltip says what it does.
    form.reset();
    form = openForm();
    fillValid(form.get(), u"Spring reminders"_s);
    auto *create = child<QPushButton>(form.get(), u"createButton"_s);
    QVERIFY2(create->isEnabled(), qPrintable(form->blockingReason()));
    QVERIFY(form->isComplete());
    QCOMPARE(form->draft().toRequestBody().value(u"phone_number_ids"_s).toArray().size(), 3);
    QCOMPARE(form->windowTitle(), u"New broadcast project — Spring reminders"_s);

    // A name over 64 characters is refused on the field, at once.
    QTest::keyClicks(child<QLineEdit>(form.get(), u"nameEdit"_s), QString(60, u'x'));
    QVERIFY(!create->isEnabled());
    QVERIFY2(!form->fieldMessage(u"name"_s).isEmpty(), qPrintable(form->blockingReason()));
}

void tst_BroadcastForm::tollFreeOffersTheVerificationsNumbersOnly()
{
    auto form = openForm();
    const BroadcastReference &ref = form->reference();
    QVERIFY(ref.tollFreeVerifications.size() >= 2);
    fillValid(form.get(), u"Switching"_s, 3);
    NumberSelectionModel *numbers = form->numberPicker()->model();
    QCOMPARE(numbers->selectedCount(), 3);

    QTest::mouseClick(child<QRadioButton>(form.get(), u"tollFreeRadio"_s), Qt::LeftButton);
    auto *verification = child<QComboBox>(form.get(), u"verificationCombo"_s);
    QVERIFY(verification->isVisible());
    QVERIFY(!child<QComboBox>(form.get(), u"brandCombo"_s)->isVisible());
    // The local numbers were let go, and the picker says which and why.
    QCOMPARE(numbers->selectedCount(), 0);
    QVERIFY(form->draft().numbers.isEmpty());
    QVERIFY2(form->numberPicker()->message().contains(u"3"_s), qPrintable(form->numberPicker()->message()));
    // The draft keeps the brand and campaign for a way back, but does not send them.
    QVERIFY(!form->draft().brandId.isEmpty());
    QVERIFY(!form->draft().toRequestBody().contains(u"brand_id"_s));

    const QString first = ref.tollFreeVerifications.at(0).id;
    const QString second = ref.tollFreeVerifications.at(1).id;
    QVERIFY(choose(verification, first));
    int eligible = 0;
    for (int row = 0; row < numbers->rowCount(); ++row) {
        const QModelIndex index = numbers->index(row);
        const auto &n = numbers->entryAt(row).ref;
        const bool enabled = index.flags().testFlag(Qt::ItemIsEnabled);
        QCOMPARE(enabled, n.tollFree && n.tollFreeVerificationId == first);
        if (enabled)
            ++eligible;
        else
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(eligible > 0);

    // Choose one of the first verification's numbers, then change verification: it goes.
    QString tollFree;
    for (const auto &n : ref.numbers) {
        if (n.tollFree && n.tollFreeVerificationId == first) {
            tollFree = n.id;
            break;
        }
    }
    QVERIFY(numbers->setChosen(tollFree, true));
    QVERIFY2(form->isComplete(), qPrintable(form->blockingReason()));
    QCOMPARE(form->draft().toRequestBody().value(u"toll_free_verification_id"_s).toString(), first);
    QVERIFY(choose(verification, second));
    QVERIFY(!numbers->isChosen(tollFree));
    QVERIFY(!form->isComplete());
}

void tst_BroadcastForm::theFiftiethNumberIsRefused()
{
    auto form = openForm();
    fillValid(form.get(), u"Forty-nine"_s, Validation::BroadcastMaxNumbers);
    NumberSelectionModel *numbers = form->numberPicker()->model();
    QCOMPARE(numbers->selectedCount(), 49);
    QVERIFY2(form->isComplete(), qPrintable(form->blockingReason()));
    QString fiftieth;
    for (const auto &n : form->reference().numbers) {
        if (!n.tollFree && !numbers->isChosen(n.id)) {
            fiftieth = n.id;
            break;
        }
    }
    QSignalSpy limit(numbers, &NumberSelectionModel::limitReached);
    QVERIFY(!numbers->setChosen(fiftieth, true));
    QCOMPARE(limit.size(), 1);
    QVERIFY(!form->numberPicker()->message().isEmpty());
    QCOMPARE(form->draft().numbers.size(), 49);
    QVERIFY(form->isComplete());
}

void tst_BroadcastForm::linkTrackingMakesItsFieldsRequired()
{
    auto form = openForm();
    fillValid(form.get(), u"Tracked"_s);
    auto *create = child<QPushButton>(form.get(), u"createButton"_s);
    QVERIFY(create->isEnabled());
    auto *group = child<QGroupBox>(form.get(), u"trackingGroup"_s);
    group->setChecked(true);
    QVERIFY(!create->isEnabled());
    QVERIFY2(form->blockingReason().contains(u"Destination"_s), qPrintable(form->blockingReason()));
    QVERIFY2(form->blockingReason().contains(u"Tracking domain"_s), qPrintable(form->blockingReason()));
    // Every reason once, each under its label.
    QCOMPARE(form->blockingReason().count(u"Destination"_s), 1);

    auto *url = child<QLineEdit>(form.get(), u"urlEdit"_s);
    QTest::keyClicks(url, u"ftp://files.example.com"_s);
    QVERIFY(!form->fieldMessage(u"link_tracking_destination_url"_s).isEmpty());
    url->clear();
    QTest::keyClicks(url, u"https://www.example.com/spring"_s);
    QVERIFY(form->fieldMessage(u"link_tracking_destination_url"_s).isEmpty());
    QVERIFY(choose(child<QComboBox>(form.get(), u"domainCombo"_s),
                   form->reference().linkTrackingDomains.first().id));
    auto *param = child<QComboBox>(form.get(), u"paramCombo"_s);
    QVERIFY(choose(param, u"phone"_s));
    QVERIFY2(create->isEnabled(), qPrintable(form->blockingReason()));
    const QJsonObject body = form->draft().toRequestBody();
    QCOMPARE(body.value(u"link_tracking_enabled"_s).toBool(), true);
    QCOMPARE(body.value(u"link_tracking_param_field"_s).toString(), u"phone"_s);
    // Switched off again: nothing of it is sent, and nothing blocks.
    group->setChecked(false);
    QVERIFY(create->isEnabled());
    QVERIFY(!form->draft().toRequestBody().contains(u"link_tracking_domain_id"_s));
}

void tst_BroadcastForm::serverErrorsLandOnTheirFields()
{
    auto form = openForm();
    fillValid(form.get(), u"Refused"_s);
    form->applyFieldErrors({{u"campaign_id"_s, u"mismatch"_s, u"The campaign belongs to another brand"_s},
                            {u"phone_number_id"_s, u"not_found"_s, u"pn_x is not a number of yours"_s}},
                           u"Some fields are not valid"_s);
    QVERIFY2(form->fieldMessage(u"campaign_id"_s).contains(u"another brand"_s),
             qPrintable(form->fieldMessage(u"campaign_id"_s)));
    QVERIFY(form->fieldMessage(u"phone_number_ids"_s).contains(u"pn_x"_s));
    QVERIFY(!child<QPushButton>(form.get(), u"createButton"_s)->isEnabled());
    // Answering the field takes its complaint away; the other stays.
    auto *campaign = child<QComboBox>(form.get(), u"campaignCombo"_s);
    campaign->setCurrentIndex(0);
    campaign->setCurrentIndex(1);
    QVERIFY(!form->fieldMessage(u"campaign_id"_s).contains(u"another brand"_s));
    QVERIFY(form->fieldMessage(u"phone_number_ids"_s).contains(u"pn_x"_s));
}

void tst_BroadcastForm::offlineEditIsSentWhenTheSandboxIsBack()
{
    Outbox outbox(m_store.get(), m_client.get());
    outbox.setSender(DraftKind::Broadcast, std::make_unique<BroadcastSender>(m_client.get()));
    outbox.setRetryDelays(100, 800);
    outbox.setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    outbox.start();
    DocumentDrafts documents(m_store.get(), &KindRegistry::builtIn(),
                             [this](const QString &) { return m_client.get(); });
    documents.addOutbox(&outbox);

    // Online once: the lists are read and kept.
    {
        auto form = openForm();
        QVERIFY(!form->reference().isEmpty());
    }
    const QUrl url = m_sandbox->server().baseUrl();
    m_sandbox->server().stop();

    std::unique_ptr<BroadcastForm> form(
        qobject_cast<BroadcastForm *>(documents.openNew(DraftKind::Broadcast, m_client.get())));
    QVERIFY(form);
    QSignalSpy loaded(form.get(), &BroadcastForm::referenceLoaded);
    form->show();
    QVERIFY(!form->reference().isEmpty()); // from the cache, at once
    QVERIFY(loaded.wait(LongWaitMs));
    QCOMPARE(loaded.first().first().toBool(), false);
    const QString note = child<QLabel>(form.get(), u"referenceNote"_s)->text();
    QVERIFY2(note.startsWith(u"Offline"_s), qPrintable(note));

    const QString name = u"Offline %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    fillValid(form.get(), name, 4);
    auto *create = child<QPushButton>(form.get(), u"createButton"_s);
    QVERIFY2(create->isEnabled(), qPrintable(form->blockingReason()));
    QTest::mouseClick(create, Qt::LeftButton);
    const QString id = documents.draftId(form.get());
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->draft(id).errorMessage.isEmpty(), LongWaitMs); // waits, says why
    QCOMPARE(m_store->draft(id).state, OutboxState::Queued);
    QVERIFY(form->isBusy());

    SandboxOptions options;
    options.dataDir = m_sandbox->dataDir();
    options.port = quint16(url.port());
    QString error;
    QVERIFY2(m_sandbox->server().start(options, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, LongWaitMs);
    QVERIFY(form->isSent());

    // On the server exactly once, with what was typed offline.
    BroadcastProject project;
    ApiJob *job = BroadcastClient(m_client.get()).project(m_store->draft(id).remoteId);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(15000));
    QVERIFY(!BroadcastClient::parseProject(done.first().first().value<ApiResult>(), &project).isError());
    QCOMPARE(project.name, name);
    QCOMPARE(project.phoneNumberIds, form->draft().numberIds());
    QCOMPARE(project.channel, u"10dlc"_s);
}

// Create is at the bottom of the form, its banner at the top: the outcome is brought into view.
void tst_BroadcastForm::outcomeBannerIsBroughtIntoView()
{
    Outbox outbox(m_store.get(), m_client.get());
    outbox.setSender(DraftKind::Broadcast, std::make_unique<BroadcastSender>(m_client.get()));
    outbox.start();
    DocumentDrafts documents(m_store.get(), &KindRegistry::builtIn(),
                             [this](const QString &) { return m_client.get(); });
    documents.addOutbox(&outbox);
    std::unique_ptr<BroadcastForm> form(
        qobject_cast<BroadcastForm *>(documents.openNew(DraftKind::Broadcast, m_client.get())));
    QVERIFY(form);
    QSignalSpy loaded(form.get(), &BroadcastForm::referenceLoaded);
    form->resize(1000, 450);
    form->show();
    QVERIFY(loaded.wait(LongWaitMs));
    fillValid(form.get(), u"Banner in view"_s);

    auto *create = child<QPushButton>(form.get(), u"createButton"_s);
    auto *scroll = form->findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(create);
    QTRY_VERIFY(inView(create));
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    MessageBanner *banner = form->submissionBanner();
    QVERIFY(!inView(banner));

    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), LongWaitMs);
    QCOMPARE(banner->type(), MessageBanner::Type::Positive);
    QTRY_VERIFY2(inView(banner), qPrintable(banner->text()));
}

QTEST_MAIN(tst_BroadcastForm)
#include "tst_broadcastform.moc"
