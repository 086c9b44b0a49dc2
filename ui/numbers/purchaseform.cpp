#include "purchaseform.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "numberparameterseditor.h"
#include "numbers/numbersclient.h"
#include "numbers/purchasemodels.h"
#include "validation/numberrules.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
Validation::NumberFamily rulesFamily(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? Validation::NumberFamily::SignalWire
                                           : Validation::NumberFamily::Twilio;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// The defaults a purchase starts with: what the server would pick, said out loud.
QHash<QString, QString> defaultParameters()
{
    QHash<QString, QString> values;
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (p.value == Validation::NumberValue::Method)
            values.insert(p.name, u"POST"_s);
    }
    values.insert(u"VoiceReceiveMode"_s, u"voice"_s);
    values.insert(u"EmergencyStatus"_s, u"Inactive"_s);
    values.insert(u"ApiVersion"_s, u"2010-04-01"_s);
    values.insert(u"VoiceCallerIdLookup"_s, u"false"_s);
    return values;
}
} // namespace

PurchaseForm::PurchaseForm(AccountClient *client, QWidget *parent)
    : DraftForm(parent)
    , m_client(client)
{
    setObjectName(u"purchaseForm"_s);
    m_cart.family = client->family();
    m_cart.parameters = defaultParameters();
    m_live = !client->profile().sandbox;
    m_results = new AvailableNumberModel(this);
    m_cartModel = new PurchaseCartModel(this);
    buildUi();
    m_parameters->setValues(m_cart.parameters);
    m_cart.parameters = m_parameters->values();
    setFocusProxy(m_areaCode); // a new tab starts where a search starts
    refresh();
    updateTitle();
}

PurchaseForm::~PurchaseForm()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    if (m_searchJob)
        m_searchJob->cancel();
}

void PurchaseForm::buildUi()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"purchaseHeading"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"purchaseSplitter"_s);
    splitter->addWidget(buildSearchSide());
    splitter->addWidget(buildCartSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"purchaseProgress"_s);
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m bought"));
    m_buyButton = new QPushButton(tr("&Buy…"), this);
    m_buyButton->setObjectName(u"buyButton"_s);
    m_buyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_buyButton, &QPushButton::clicked, this, &PurchaseForm::buy);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_buyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(submissionBanner());
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
}

QWidget *PurchaseForm::buildSearchSide()
{
    auto *side = new QGroupBox(tr("Search available numbers"), this);
    side->setObjectName(u"searchGroup"_s);

    m_type = new QComboBox(side);
    m_type->setObjectName(u"typeCombo"_s);
    m_type->addItem(tr("Local"), NumberSearch::typeKey(NumberSearch::Type::Local));
    m_type->addItem(tr("Mobile"), NumberSearch::typeKey(NumberSearch::Type::Mobile));
    m_type->addItem(tr("Toll-free"), NumberSearch::typeKey(NumberSearch::Type::TollFree));
    m_areaCode = new QLineEdit(side);
    m_areaCode->setObjectName(u"areaCodeEdit"_s);
    m_areaCode->setPlaceholderText(tr("e.g. 415"));
    m_areaCode->setMaxLength(3);
    m_areaCode->setToolTip(tr("A three-digit US or Canadian area code"));
    m_areaFeedback = new FieldFeedback(m_areaCode, side);
    m_contains = new QLineEdit(side);
    m_contains->setObjectName(u"containsEdit"_s);
    m_contains->setPlaceholderText(tr("digits, letters or *, e.g. 555 or STORM"));
    m_contains->setToolTip(tr("A pattern the number contains; letters stand for their keypad digits, * for any one digit."));
    m_region = new QLineEdit(side);
    m_region->setObjectName(u"regionEdit"_s);
    m_region->setPlaceholderText(tr("e.g. CA"));
    m_region->setMaxLength(2);
    m_region->setToolTip(tr("Two-letter state or province"));
    m_postalCode = new QLineEdit(side);
    m_postalCode->setObjectName(u"postalCodeEdit"_s);
    m_postalCode->setPlaceholderText(tr("e.g. 94105"));
    m_voice = new QCheckBox(tr("&Voice"), side);
    m_sms = new QCheckBox(tr("&SMS"), side);
    m_mms = new QCheckBox(tr("&MMS"), side);
    m_voice->setObjectName(u"voiceCheck"_s);
    m_sms->setObjectName(u"smsCheck"_s);
    m_mms->setObjectName(u"mmsCheck"_s);
    m_noAddress = new QCheckBox(tr("Only numbers that need no &address"), side);
    m_noAddress->setObjectName(u"noAddressCheck"_s);
    auto *caps = new QHBoxLayout;
    caps->setContentsMargins(0, 0, 0, 0);
    caps->addWidget(m_voice);
    caps->addWidget(m_sms);
    caps->addWidget(m_mms);
    caps->addStretch(1);

    m_searchButton = new QPushButton(tr("Searc&h"), side);
    m_searchButton->setObjectName(u"searchButton"_s);
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &PurchaseForm::search);
    m_anyInArea = new QPushButton(tr("Any number in this area code"), side);
    m_anyInArea->setObjectName(u"anyInAreaButton"_s);
    m_anyInArea->setToolTip(tr("Let the provider pick a number in the area code when the purchase is made"));
    connect(m_anyInArea, &QPushButton::clicked, this, &PurchaseForm::addAreaCodeItem);
    for (QLineEdit *edit : {m_areaCode, m_contains, m_region, m_postalCode}) {
        connect(edit, &QLineEdit::returnPressed, this, &PurchaseForm::search);
        connect(edit, &QLineEdit::textEdited, this, &PurchaseForm::cartChanged);
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, &PurchaseForm::cartChanged);
    for (QCheckBox *box : {m_voice, m_sms, m_mms, m_noAddress})
        connect(box, &QCheckBox::toggled, this, &PurchaseForm::cartChanged);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, side);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    auto *areaCell = new QWidget(side);
    auto *areaStack = new QVBoxLayout(areaCell);
    areaStack->setContentsMargins(0, 0, 0, 0);
    areaStack->setSpacing(2);
    areaStack->addWidget(m_areaCode);
    areaStack->addWidget(m_areaFeedback->label());
    addRow(tr("&Type:"), m_type, m_type);
    addRow(tr("Area &code:"), m_areaCode, areaCell);
    addRow(tr("C&ontains:"), m_contains, m_contains);
    addRow(tr("&Region:"), m_region, m_region);
    addRow(tr("&Postal code:"), m_postalCode, m_postalCode);
    auto *capsWidget = new QWidget(side);
    capsWidget->setLayout(caps);
    form->addRow(tr("Must have:"), capsWidget);
    form->addRow(QString(), m_noAddress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anyInArea);
    buttons->addStretch(1);
    buttons->addWidget(m_searchButton);
    form->addRow(buttons);

    m_searchStatus = new QLabel(side);
    m_searchStatus->setObjectName(u"searchStatus"_s);
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setText(tr("Search to see the numbers on offer; the provider shows at most 30 a search."));

    m_resultsView = makeTable(m_results, u"resultsTable"_s, side);
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->setSectionResizeMode(AvailableNumberModel::LocationColumn,
                                                            QHeaderView::Stretch);
    m_resultsView->setAccessibleName(tr("Available numbers"));
    connect(m_resultsView, &QTableView::activated, this, &PurchaseForm::addSelectedToCart);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PurchaseForm::refresh);
    m_addButton = new QPushButton(tr("&Add to cart"), side);
    m_addButton->setObjectName(u"addButton"_s);
    connect(m_addButton, &QPushButton::clicked, this, &PurchaseForm::addSelectedToCart);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_searchStatus, 1);
    addRowLayout->addWidget(m_addButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(side);
    layout->addLayout(form);
    layout->addWidget(m_resultsView, 1);
    layout->addLayout(addRowLayout);
    return side;
}

QWidget *PurchaseForm::buildCartSide()
{
    auto *side = new QWidget(this);
    auto *cartBox = new QGroupBox(tr("Cart"), side);
    cartBox->setObjectName(u"cartGroup"_s);
    m_cartCount = new QLabel(cartBox);
    m_cartCount->setObjectName(u"cartCount"_s);
    m_cartView = makeTable(m_cartModel, u"cartTable"_s, cartBox);
    m_cartView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cartView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cartView->horizontalHeader()->setSectionResizeMode(PurchaseCartModel::StateColumn,
                                                         QHeaderView::Stretch);
    m_cartView->setTextElideMode(Qt::ElideRight);
    m_cartView->setAccessibleName(tr("Cart"));
    auto *removeAction = new QAction(tr("Remove"), m_cartView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &PurchaseForm::removeSelectedFromCart);
    m_cartView->addAction(removeAction);
    connect(m_cartView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchaseForm::refresh);
    m_removeButton = new QPushButton(tr("&Remove"), cartBox);
    m_removeButton->setObjectName(u"removeButton"_s);
    connect(m_removeButton, &QPushButton::clicked, this, &PurchaseForm::removeSelectedFromCart);
    m_replaceButton = new QPushButton(tr("Re&place"), cartBox);
    m_replaceButton->setObjectName(u"replaceButton"_s);
    m_replaceButton->setToolTip(tr("Replace a number that was taken with another from the same search"));
    connect(m_replaceButton, &QPushButton::clicked, this, &PurchaseForm::replaceSelected);
    m_nearbyButton = new QPushButton(tr("Search &nearby"), cartBox);
    m_nearbyButton->setObjectName(u"nearbyButton"_s);
    m_nearbyButton->setToolTip(tr("Search for numbers near an area code that has none left"));
    connect(m_nearbyButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_cartView->currentIndex();
        if (!current.isValid())
            return;
        const PurchaseItem item = m_cart.items.value(current.row());
        NumberSearch nearby = searchFromFields();
        nearby.areaCode.clear();
        nearby.contains.clear();
        nearby.nearNumber = u"+1"_s + item.areaCode + u"2000000"_s;
        setSearchFields(nearby);
        runSearch(nearby, [this, area = item.areaCode](const QList<AvailableNumber> &found) {
            m_searchStatus->setText(tr("%n number(s) near area code %1.", nullptr, int(found.size())).arg(area));
        });
    });
    m_itemHelp = new QLabel(cartBox);
    m_itemHelp->setObjectName(u"itemHelp"_s);
    m_itemHelp->setWordWrap(true);
    auto *cartButtons = new QHBoxLayout;
    cartButtons->addWidget(m_removeButton);
    cartButtons->addWidget(m_replaceButton);
    cartButtons->addWidget(m_nearbyButton);
    cartButtons->addStretch(1);
    auto *cartLayout = new QVBoxLayout(cartBox);
    cartLayout->addWidget(m_cartCount);
    cartLayout->addWidget(m_cartView, 1);
    cartLayout->addWidget(m_itemHelp);
    cartLayout->addLayout(cartButtons);

    m_parameters = new NumberParametersEditor(rulesFamily(m_client->family()),
                                              Validation::NumberOperation::Create, side);
    connect(m_parameters, &NumberParametersEditor::valuesChanged, this, &PurchaseForm::cartChanged);
    auto *paramsBox = new QGroupBox(tr("Configuration of the new numbers"), side);
    paramsBox->setObjectName(u"parametersGroup"_s);
    auto *scroll = new QScrollArea(paramsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_parameters);
    auto *paramsLayout = new QVBoxLayout(paramsBox);
    paramsLayout->setContentsMargins(4, 4, 4, 4);
    paramsLayout->addWidget(scroll);

    auto *split = new QSplitter(Qt::Vertical, side);
    split->addWidget(cartBox);
    split->addWidget(paramsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return side;
}

void PurchaseForm::showEvent(QShowEvent *event)
{
    DraftForm::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        if (!focusWidget())
            m_areaCode->setFocus(Qt::OtherFocusReason); // where a search starts
    }
}

void PurchaseForm::setLiveAccount(bool live, const QString &accountName)
{
    m_live = live;
    m_accountName = accountName;
    updateTitle();
}

NumberSearch PurchaseForm::searchFromFields() const
{
    NumberSearch s;
    s.type = NumberSearch::typeFromKey(m_type->currentData().toString());
    s.areaCode = m_areaCode->text().trimmed();
    s.contains = m_contains->text().trimmed();
    s.inRegion = m_region->text().trimmed().toUpper();
    s.inPostalCode = m_postalCode->text().trimmed();
    s.voice = m_voice->isChecked();
    s.sms = m_sms->isChecked();
    s.mms = m_mms->isChecked();
    s.excludeAddressRequired = m_noAddress->isChecked();
    s.nearNumber = m_cart.search.nearNumber;
    return s;
}

void PurchaseForm::setSearchFields(const NumberSearch &s)
{
    const QScopedValueRollback guard(m_updating, true);
    m_type->setCurrentIndex(std::max(0, m_type->findData(NumberSearch::typeKey(s.type))));
    m_areaCode->setText(s.areaCode);
    m_contains->setText(s.contains);
    m_region->setText(s.inRegion);
    m_postalCode->setText(s.inPostalCode);
    m_voice->setChecked(s.voice);
    m_sms->setChecked(s.sms);
    m_mms->setChecked(s.mms);
    m_noAddress->setChecked(s.excludeAddressRequired);
    m_cart.search = s;
}

PurchaseDraft PurchaseForm::cart() const
{
    PurchaseDraft d = m_cart;
    d.search = searchFromFields();
    d.parameters = m_parameters->values();
    return d;
}

void PurchaseForm::setCart(const PurchaseDraft &cart)
{
    const QScopedValueRollback guard(m_updating, true);
    m_cart = cart;
    m_cart.family = m_client->family();
    setSearchFields(cart.search);
    QHash<QString, QString> values = defaultParameters();
    for (auto it = cart.parameters.begin(); it != cart.parameters.end(); ++it)
        values.insert(it.key(), it.value());
    m_parameters->setValues(values);
    m_cartModel->setItems(m_cart.items);
    QSet<QString> keys;
    for (const PurchaseItem &item : std::as_const(m_cart.items))
        keys.insert(item.key());
    m_results->setInCart(keys);
}

void PurchaseForm::setPayload(const QJsonObject &payload)
{
    const PurchaseDraft incoming = PurchaseDraft::fromJson(payload);
    const bool differs = incoming.toJson() != cart().toJson();
    setCart(incoming);
    refresh();
    updateTitle();
    if (differs)
        emit payloadChanged();
}

void PurchaseForm::cartChanged()
{
    if (m_updating)
        return;
    m_cart.search = searchFromFields();
    m_cart.parameters = m_parameters->values();
    m_cartModel->setItems(m_cart.items);
    QSet<QString> keys;
    for (const PurchaseItem &item : std::as_const(m_cart.items))
        keys.insert(item.key());
    m_results->setInCart(keys);
    refresh();
    updateTitle();
    emit payloadChanged();
}

bool PurchaseForm::isComplete() const
{
    return cart().check(QDateTime::currentDateTimeUtc()).isEmpty();
}

QString PurchaseForm::blockingReason() const
{
    if (!isEditable())
        return {};
    QStringList reasons;
    for (const auto &[name, reason] : m_parameters->problems())
        reasons << tr("%1: %2").arg(NumberParametersEditor::label(name), reason);
    const PurchaseDraft c = cart();
    if (c.pendingCount() + c.count(PurchaseItem::State::Failed) == 0)
        reasons.prepend(c.items.isEmpty() ? tr("The cart is empty: search, then add numbers to it.")
                                          : tr("Every number in the cart is bought."));
    return reasons.join(u'\n');
}

void PurchaseForm::refresh()
{
    const bool editable = isEditable();
    const PurchaseDraft c = cart();
    const int toBuy = c.pendingCount() + c.count(PurchaseItem::State::Failed);
    const QString reason = blockingReason();
    m_buyButton->setEnabled(editable && reason.isEmpty());
    m_buyButton->setText(isBusy() ? tr("Buying…")
                         : toBuy > 0 ? tr("&Buy %n number(s)…", nullptr, toBuy)
                                     : tr("&Buy…"));
    m_buyButton->setToolTip(reason.isEmpty() ? tr("Review and confirm the purchase (%1)")
                                                   .arg(m_buyButton->shortcut().toString(QKeySequence::NativeText))
                                             : reason);

    const Validation::FieldCheck area = Validation::checkAreaCode(m_areaCode->text().trimmed());
    if (m_areaCode->text().isEmpty() || area.verdict == Validation::Verdict::Incomplete)
        m_areaFeedback->clear();
    else
        m_areaFeedback->show(area);
    m_anyInArea->setEnabled(editable && area.isOk() && c.indexOf(u"area:"_s + m_areaCode->text().trimmed()) < 0);
    m_searchButton->setEnabled(!isSearching() && area.verdict != Validation::Verdict::Wrong);
    m_addButton->setEnabled(editable && m_resultsView->selectionModel()->hasSelection());

    const int total = int(c.items.size());
    const int bought = c.count(PurchaseItem::State::Bought);
    const int owned = c.count(PurchaseItem::State::AlreadyOwned);
    QString count = tr("%n number(s) in the cart", nullptr, total);
    if (bought + owned > 0)
        count += u" · "_s + tr("%n bought", nullptr, bought);
    if (owned > 0)
        count += u" · "_s + tr("%n already on the account", nullptr, owned);
    m_cartCount->setText(count);

    const QModelIndex current = m_cartView->currentIndex();
    const PurchaseItem item = current.isValid() ? c.items.value(current.row()) : PurchaseItem{};
    const bool removable = current.isValid() && !item.isDone();
    m_removeButton->setEnabled(editable && removable);
    m_replaceButton->setVisible(item.state == PurchaseItem::State::Failed && item.errorCode == u"21422"
                                && !item.isAreaCodeItem());
    m_replaceButton->setEnabled(editable);
    m_nearbyButton->setVisible(item.state == PurchaseItem::State::Failed && item.errorCode == u"21452"
                               && item.isAreaCodeItem());
    if (item.state == PurchaseItem::State::Failed) {
        const PurchaseErrorText words = purchaseErrorText(item.errorCode, item.errorMessage);
        m_itemHelp->setText(words.nextStep.isEmpty() ? words.text : words.text + u' ' + words.nextStep);
        m_itemHelp->show();
    } else {
        m_itemHelp->hide();
    }

    const bool showProgress = isBusy() || (bought + owned > 0 && total > 1);
    m_progress->setVisible(showProgress);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(bought + owned + c.count(PurchaseItem::State::Failed));
}

void PurchaseForm::updateTitle()
{
    const QString account = m_accountName.isEmpty() ? m_client->profile().displayName : m_accountName;
    const QString provider = m_client->family() == ApiFamily::SignalWire ? u"SignalWire"_s : u"Twilio"_s;
    QString heading = account.contains(provider) ? tr("Buy numbers on %1").arg(account)
                                                 : tr("Buy numbers on %1 (%2)").arg(account, provider);
    m_heading->setText(heading); // a live account says so in the form's lasting notice
    const PurchaseDraft c = cart();
    setWindowTitle(c.items.isEmpty() ? tr("Buy numbers") : c.title());
}

void PurchaseForm::runSearch(const NumberSearch &s, std::function<void(const QList<AvailableNumber> &)> then)
{
    if (m_searchJob)
        m_searchJob->cancel();
    m_searchStatus->setText(tr("Searching %1…").arg(s.describe()));
    m_searchJob = NumbersClient(m_client).search(s);
    refresh();
    connect(m_searchJob, &ApiJob::finished, this, [this, s, then](const ApiResult &result) {
        m_searchJob = nullptr;
        if (result.error.kind() == ApiError::Kind::Cancelled)
            return;
        QList<AvailableNumber> found;
        const ApiError error = NumbersClient::parseAvailable(result, &found);
        if (error.isError()) {
            QString text;
            if (error.meansUnreachable() || error.isTransient())
                text = tr("The search could not reach the server: %1 The cart is kept; numbers "
                          "already in it can be bought when the server is back.")
                           .arg(sentence(error.displayText()));
            else if (error.code() == u"21452")
                text = tr("No numbers are left in area code %1. Try a neighbouring area code, "
                          "or the same region.").arg(s.areaCode);
            else
                text = tr("The search was refused: %1").arg(sentence(error.message().isEmpty() ? error.displayText() : error.message()));
            m_searchStatus->setText(text);
            m_results->setNumbers({});
            refresh();
            emit searchFinished(false);
            return;
        }
        m_results->setNumbers(found);
        if (then)
            then(found);
        refresh();
        emit searchFinished(true);
    });
}

void PurchaseForm::search()
{
    NumberSearch s = searchFromFields();
    s.nearNumber.clear();
    m_cart.search = s;
    runSearch(s, [this, s](const QList<AvailableNumber> &found) {
        m_searchStatus->setText(found.isEmpty()
                                    ? tr("No numbers match: %1. Loosen the search, or try another area code.").arg(s.describe())
                                    : tr("%n number(s) found: %1. The provider shows at most 30 a search; search again for more.",
                                         nullptr, int(found.size())).arg(s.describe()));
    });
}

void PurchaseForm::addSelectedToCart()
{
    if (!isEditable())
        return;
    const QModelIndexList rows = m_resultsView->selectionModel()->selectedRows();
    int added = 0;
    for (const QModelIndex &row : rows) {
        const AvailableNumber n = m_results->numberAt(row.row());
        PurchaseItem item;
        item.phoneNumber = n.phoneNumber;
        item.offer = n;
        item.search = m_cart.search;
        item.search.nearNumber = m_cart.search.nearNumber;
        if (m_cart.add(item))
            ++added;
    }
    if (added > 0) {
        m_resultsView->clearSelection();
        cartChanged();
    }
}

void PurchaseForm::addAreaCodeItem()
{
    const QString area = m_areaCode->text().trimmed();
    if (!isEditable() || !Validation::checkAreaCode(area).isOk())
        return;
    PurchaseItem item;
    item.areaCode = area;
    item.search = searchFromFields();
    if (m_cart.add(item))
        cartChanged();
}

void PurchaseForm::removeSelectedFromCart()
{
    const QModelIndex current = m_cartView->currentIndex();
    if (!isEditable() || !current.isValid() || current.row() >= m_cart.items.size())
        return;
    if (m_cart.items.at(current.row()).isDone())
        return; // bought: it stays, so it is never bought again
    const int row = current.row();
    m_cart.items.removeAt(row);
    cartChanged();
    if (m_cartModel->rowCount() > 0)
        m_cartView->setCurrentIndex(m_cartModel->index(std::min(row, m_cartModel->rowCount() - 1), 0));
}

void PurchaseForm::replaceSelected()
{
    const QModelIndex current = m_cartView->currentIndex();
    if (!isEditable() || !current.isValid())
        return;
    const PurchaseItem taken = m_cart.items.value(current.row());
    NumberSearch s = taken.search;
    runSearch(s, [this, key = taken.key()](const QList<AvailableNumber> &found) {
        const int index = m_cart.indexOf(key);
        if (index < 0)
            return;
        for (const AvailableNumber &n : found) {
            if (m_cart.indexOf(n.phoneNumber) >= 0)
                continue;
            PurchaseItem replacement;
            replacement.phoneNumber = n.phoneNumber;
            replacement.offer = n;
            replacement.search = m_cart.items.at(index).search;
            m_cart.items[index] = replacement;
            m_searchStatus->setText(tr("%1 replaces %2.").arg(n.phoneNumber, key));
            cartChanged();
            return;
        }
        m_searchStatus->setText(tr("The search that found %1 has no other number now; search again with other criteria.").arg(key));
    });
}

QString PurchaseForm::confirmationText() const
{
    const PurchaseDraft c = cart();
    QStringList lines;
    for (const PurchaseItem &item : c.items) {
        if (item.isDone())
            continue;
        QString line = item.isAreaCodeItem() ? tr("any number in area code %1").arg(item.areaCode)
                                             : item.phoneNumber;
        QStringList where;
        for (const QString &part : {item.offer.locality, item.offer.region}) {
            if (!part.isEmpty())
                where << part;
        }
        const QString place = where.join(u", "_s);
        if (!place.isEmpty())
            line += u" (" + place + u')';
        lines << u"• "_s + line;
    }
    QString text = tr("These numbers will be bought on the account “%1”:").arg(
                       m_accountName.isEmpty() ? m_client->profile().displayName : m_accountName)
                   + u"\n\n"_s + lines.join(u'\n');
    if (m_live)
        text += u"\n\n"_s + tr("This is a live account: each number is a real purchase and is "
                               "charged to it.");
    else
        text += u"\n\n"_s + tr("This is the sandbox: nothing is charged.");
    text += u"\n\n"_s + tr("If the network is down, they are bought when it is back, unless that "
                           "takes more than a day.");
    return text;
}

void PurchaseForm::buy()
{
    if (!isEditable() || m_confirm)
        return;
    if (!blockingReason().isEmpty()) {
        m_parameters->showAllProblems();
        submissionBanner()->showMessage(blockingReason(), MessageBanner::Type::Error);
        return;
    }
    const int toBuy = cart().pendingCount() + cart().count(PurchaseItem::State::Failed);
    auto *box = new QMessageBox(m_live ? QMessageBox::Warning : QMessageBox::Question,
                                tr("Buy %n number(s)?", nullptr, toBuy),
                                tr("Buy %n number(s)?", nullptr, toBuy), QMessageBox::NoButton, this);
    box->setObjectName(u"buyConfirmation"_s);
    box->setInformativeText(confirmationText());
    QPushButton *yes = box->addButton(tr("&Buy %n number(s)", nullptr, toBuy), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmBuy"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // buying costs money: never the default
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (button != yes)
            return;
        m_cart = cart();
        m_cart.confirm(QDateTime::currentDateTimeUtc());
        {
            const QScopedValueRollback guard(m_updating, true);
            m_cartModel->setItems(m_cart.items);
        }
        refresh();
        emit payloadChanged();
        requestSubmit();
    });
    box->open();
}

bool PurchaseForm::checkBeforeSubmit()
{
    const QList<FieldError> problems = cart().check(QDateTime::currentDateTimeUtc());
    if (problems.isEmpty())
        return true;
    m_parameters->showAllProblems();
    QStringList texts;
    for (const FieldError &e : problems)
        texts << e.message;
    submissionBanner()->showMessage(texts.join(u' '), MessageBanner::Type::Error);
    return false;
}

void PurchaseForm::submissionChanged()
{
    const bool editable = isEditable();
    m_parameters->setEditable(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_areaCode, m_contains, m_region,
                                                       m_postalCode, m_voice, m_sms, m_mms, m_noAddress})
        w->setEnabled(editable);
    refresh();
    updateTitle();
}

QString PurchaseForm::sentMessage(const Draft &d) const
{
    const PurchaseDraft c = PurchaseDraft::fromJson(d.payload);
    const int bought = c.count(PurchaseItem::State::Bought);
    const int owned = c.count(PurchaseItem::State::AlreadyOwned);
    QString text = tr("%n number(s) bought.", nullptr, bought);
    if (owned > 0)
        text += u' ' + tr("%n number(s) were on the account already and were not bought again.", nullptr, owned);
    return text;
}

QString PurchaseForm::progressMessage(const Draft &d) const
{
    const PurchaseDraft c = PurchaseDraft::fromJson(d.payload);
    const int done = int(c.items.size()) - c.pendingCount();
    return tr("Buying: %1 of %n number(s) done…", nullptr, int(c.items.size())).arg(done);
}

void PurchaseForm::applyFieldErrors(const QList<FieldError> &errors, const QString &message)
{
    QStringList other;
    for (const FieldError &e : errors) {
        if (e.field.startsWith(u"item:"))
            continue; // the cart shows each item's outcome
        if (m_parameters->fieldWidget(e.field))
            m_parameters->setServerError(e.field, tr("The server says: %1").arg(sentence(e.message)));
        else
            other << e.message;
    }
    if (!message.isEmpty())
        other.prepend(message);
    if (!other.isEmpty())
        submissionBanner()->showMessage(sentence(other.join(u' ')), MessageBanner::Type::Error);
    refresh();
}
