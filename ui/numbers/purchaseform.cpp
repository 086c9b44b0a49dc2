#include "purchaseform.h"

#include "api/accountclient.h"
#include "api/apijob.h"
#include "numberparameterseditor.h"
#include "numbers/incomingnumber.h"
#include "numbers/numbersclient.h"
#include "numbers/purchasemodels.h"
#include "validation/numberrules.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
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
#include <QStyle>
#include <QTabWidget>
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
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(u"MMMM"_s));
    return view;
}

// A column as wide as the widest of `samples`, so it neither cuts the text nor moves when
// the rows change (one search to the next).
void fixColumn(QTableView *view, int column, const QStringList &samples)
{
    int width = 0;
    for (const QString &sample : samples)
        width = std::max(width, view->fontMetrics().horizontalAdvance(sample));
    QHeaderView *header = view->horizontalHeader();
    width = std::max(width, header->fontMetrics().horizontalAdvance(
                                view->model()->headerData(column, Qt::Horizontal).toString()));
    header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->resizeSection(column, width + 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 4);
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

// Twilio answers at most this many numbers a search, with no next page.
constexpr int NumberInventoryLimit = 30;

// "415" of "+14155550100"; empty for a number outside +1.
QString areaCodeOf(const QString &e164)
{
    return e164.startsWith(u"+1") && e164.size() == 12 ? e164.mid(2, 3) : QString();
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
    if (m_lookupJob)
        m_lookupJob->cancel();
}

PurchaseAccount PurchaseForm::account() const
{
    return PurchaseAccount::of(m_client->profile());
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

    // The three jobs: finding numbers and configuring them, one at a time on the left, and
    // the cart with each number's outcome on the right, always in view and at full height.
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(u"purchaseSteps"_s);
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(buildSearchSide(), tr("Find numbers"));
    m_sideTabs->addTab(buildParametersSide(), tr("Configuration of the new numbers"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"purchaseSplitter"_s);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->addWidget(buildCartSide());
    m_splitter->setChildrenCollapsible(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"purchaseProgress"_s);
    m_progress->setVisible(false);
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
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
}

QWidget *PurchaseForm::buildSearchSide()
{
    auto *side = new QWidget(this);
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
    m_contains->setPlaceholderText(tr("e.g. 555 or STORM"));
    m_contains->setToolTip(tr("A pattern the number contains; letters stand for their keypad digits, * for any one digit."));
    m_region = new QLineEdit(side);
    m_region->setObjectName(u"regionEdit"_s);
    m_region->setPlaceholderText(tr("e.g. CA"));
    m_region->setMaxLength(2);
    m_region->setToolTip(tr("Two-letter state or province"));
    m_postalCode = new QLineEdit(side);
    m_postalCode->setObjectName(u"postalCodeEdit"_s);
    m_postalCode->setPlaceholderText(tr("e.g. 94105"));
    m_voice = new QCheckBox(tr("Vo&ice"), side);
    m_sms = new QCheckBox(tr("S&MS"), side);
    m_mms = new QCheckBox(tr("MMS"), side);
    m_voice->setObjectName(u"voiceCheck"_s);
    m_sms->setObjectName(u"smsCheck"_s);
    m_mms->setObjectName(u"mmsCheck"_s);
    m_noAddress = new QCheckBox(tr("no address needed"), side);
    m_noAddress->setToolTip(tr("Only numbers that local regulations let you buy without an address"));
    m_noAddress->setObjectName(u"noAddressCheck"_s);

    m_searchButton = new QPushButton(tr("Sea&rch"), side);
    m_searchButton->setObjectName(u"searchButton"_s);
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &PurchaseForm::search);
    m_anyInArea = new QPushButton(tr("Any number in this area code"), side);
    m_anyInArea->setObjectName(u"anyInAreaButton"_s);
    m_anyInArea->setToolTip(tr("Adds one number of the area code to the cart now, picked by a "
                               "search with the choices above; the cart and the confirmation "
                               "name it, and it is the number bought"));
    connect(m_anyInArea, &QPushButton::clicked, this, &PurchaseForm::addAreaCodeItem);
    m_nearbyButton = new QPushButton(tr("Search &nearby"), side);
    m_nearbyButton->setObjectName(u"nearbyButton"_s);
    m_nearbyButton->setVisible(false);
    connect(m_nearbyButton, &QPushButton::clicked, this, [this] {
        const QString region = m_regionOfArea.value(m_nearbyArea);
        if (region.isEmpty())
            return;
        NumberSearch nearby = searchFromFields();
        nearby.areaCode.clear();
        nearby.contains.clear();
        nearby.inPostalCode.clear();
        nearby.nearNumber.clear();
        nearby.inRegion = region;
        setSearchFields(nearby);
        const QString area = m_nearbyArea;
        runSearch(nearby, [this, area, region](const QList<AvailableNumber> &found) {
            m_searchStatus->setText(tr("%n number(s) elsewhere in %1, near area code %2.", nullptr,
                                       int(found.size()))
                                        .arg(region, area));
        });
    });

    m_number = new QLineEdit(side);
    m_number->setObjectName(u"numberEdit"_s);
    m_number->setPlaceholderText(tr("e.g. +14155550100"));
    m_number->setToolTip(tr("A number you know, in E.164 form: + and the country code"));
    m_number->setMaxLength(16);
    m_numberFeedback = new FieldFeedback(m_number, side);
    m_addNumberButton = new QPushButton(tr("A&dd number"), side);
    m_addNumberButton->setObjectName(u"addNumberButton"_s);
    m_addNumberButton->setToolTip(tr("Checks that the number is on offer, then adds it to the cart"));
    connect(m_addNumberButton, &QPushButton::clicked, this, &PurchaseForm::addKnownNumber);
    connect(m_number, &QLineEdit::returnPressed, this, &PurchaseForm::addKnownNumber);
    connect(m_number, &QLineEdit::textEdited, this, &PurchaseForm::refresh);

    for (QLineEdit *edit : {m_areaCode, m_contains, m_region, m_postalCode}) {
        connect(edit, &QLineEdit::returnPressed, this, &PurchaseForm::search);
        connect(edit, &QLineEdit::textEdited, this, &PurchaseForm::cartChanged);
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, &PurchaseForm::cartChanged);
    for (QCheckBox *box : {m_voice, m_sms, m_mms, m_noAddress})
        connect(box, &QCheckBox::toggled, this, &PurchaseForm::cartChanged);

    // Two columns of fields: the search keeps its results table in view at 700 px.
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto addField = [&](int row, int column, const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, side);
        label->setBuddy(buddy);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("T&ype:"), m_type, m_type);
    addField(0, 1, tr("Area &code:"), m_areaCode, m_areaCode);
    grid->addWidget(m_areaFeedback->label(), 1, 2, 1, 2);
    addField(2, 0, tr("Con&tains:"), m_contains, m_contains);
    addField(2, 1, tr("Re&gion:"), m_region, m_region);
    addField(3, 0, tr("&Postal code:"), m_postalCode, m_postalCode);
    auto *caps = new QHBoxLayout;
    caps->setContentsMargins(0, 0, 0, 0);
    caps->addWidget(m_voice);
    caps->addWidget(m_sms);
    caps->addWidget(m_mms);
    caps->addSpacing(12);
    caps->addWidget(m_noAddress);
    caps->addStretch(1);
    auto *capsWidget = new QWidget(side);
    capsWidget->setLayout(caps);
    grid->addWidget(new QLabel(tr("Must have:"), side), 4, 0);
    grid->addWidget(capsWidget, 4, 1, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anyInArea);
    buttons->addWidget(m_nearbyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_searchButton);
    grid->addLayout(buttons, 5, 0, 1, 4);
    auto *numberLabel = new QLabel(tr("N&umber:"), side);
    numberLabel->setBuddy(m_number);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_addNumberButton);
    grid->addWidget(numberLabel, 6, 0);
    grid->addLayout(numberRow, 6, 1, 1, 3);
    grid->addWidget(m_numberFeedback->label(), 7, 1, 1, 3);

    m_searchStatus = new QLabel(side);
    m_searchStatus->setObjectName(u"searchStatus"_s);
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setText(tr("Search to see the numbers on offer; the provider shows at most 30 a search."));

    m_resultsView = makeTable(m_results, u"resultsTable"_s, side);
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A scroll bar that comes and goes with the number of results would move the columns.
    m_resultsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    QHeaderView *header = m_resultsView->horizontalHeader();
    header->setSectionResizeMode(AvailableNumberModel::LocationColumn, QHeaderView::Stretch);
    fixColumn(m_resultsView, AvailableNumberModel::NumberColumn, {formatPhoneNumber(u"+14155550100"_s)});
    fixColumn(m_resultsView, AvailableNumberModel::CapabilitiesColumn,
              {AvailableNumberModel::tr("Voice") + u' ' + AvailableNumberModel::tr("SMS") + u' '
               + AvailableNumberModel::tr("MMS") + u' ' + AvailableNumberModel::tr("Fax")});
    fixColumn(m_resultsView, AvailableNumberModel::NoteColumn,
              {AvailableNumberModel::tr("In the cart"), AvailableNumberModel::tr("Needs address")});
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
    layout->addLayout(grid);
    layout->addWidget(m_resultsView, 1);
    layout->addLayout(addRowLayout);
    // Two lines of status always fit: a longer one is cut in the label, never over the table.
    m_searchStatus->setMinimumHeight(2 * m_searchStatus->fontMetrics().lineSpacing() + 4);
    return side;
}

QWidget *PurchaseForm::buildCartSide()
{
    auto *cartBox = new QGroupBox(tr("Cart"), this);
    cartBox->setObjectName(u"cartGroup"_s);
    m_cartCount = new QLabel(cartBox);
    m_cartCount->setObjectName(u"cartCount"_s);
    m_cartCount->setWordWrap(true);
    m_cartView = makeTable(m_cartModel, u"cartTable"_s, cartBox);
    m_cartView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_cartView->horizontalHeader();
    fixColumn(m_cartView, PurchaseCartModel::NumberColumn, {formatPhoneNumber(u"+14155550100"_s)});
    // The number and its state: where it is shows in the tooltip and under the cart, so the
    // state always has the room to read in full.
    m_cartView->setColumnHidden(PurchaseCartModel::LocationColumn, true);
    header->setSectionResizeMode(PurchaseCartModel::StateColumn, QHeaderView::Stretch);
    // Eight rows with their states in view, however the splitter is dragged.
    m_cartView->setMinimumHeight(header->sizeHint().height()
                                 + 8 * m_cartView->verticalHeader()->defaultSectionSize()
                                 + 2 * m_cartView->frameWidth());
    m_cartView->setAccessibleName(tr("Cart"));
    auto *removeAction = new QAction(tr("Remove"), m_cartView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &PurchaseForm::removeSelectedFromCart);
    m_cartView->addAction(removeAction);
    connect(m_cartView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchaseForm::refresh);
    m_removeButton = new QPushButton(tr("Rem&ove"), cartBox);
    m_removeButton->setObjectName(u"removeButton"_s);
    connect(m_removeButton, &QPushButton::clicked, this, &PurchaseForm::removeSelectedFromCart);
    m_replaceButton = new QPushButton(tr("Rep&lace"), cartBox);
    m_replaceButton->setObjectName(u"replaceButton"_s);
    m_replaceButton->setToolTip(tr("Replace a number that was taken with another from the same search"));
    connect(m_replaceButton, &QPushButton::clicked, this, &PurchaseForm::replaceSelected);
    m_itemHelp = new QLabel(cartBox);
    m_itemHelp->setObjectName(u"itemHelp"_s);
    m_itemHelp->setWordWrap(true);
    m_itemHelp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The reason has its own line under the table, whatever its length: never over the rows.
    m_itemHelp->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *cartButtons = new QHBoxLayout;
    cartButtons->addWidget(m_removeButton);
    cartButtons->addWidget(m_replaceButton);
    cartButtons->addStretch(1);
    auto *cartLayout = new QVBoxLayout(cartBox);
    cartLayout->addWidget(m_cartCount);
    cartLayout->addWidget(m_cartView, 1);
    cartLayout->addWidget(m_itemHelp);
    cartLayout->addLayout(cartButtons);
    return cartBox;
}

QWidget *PurchaseForm::buildParametersSide()
{
    m_parameters = new NumberParametersEditor(rulesFamily(m_client->family()),
                                              Validation::NumberOperation::Create, this);
    connect(m_parameters, &NumberParametersEditor::valuesChanged, this, &PurchaseForm::cartChanged);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"parametersGroup"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields stretch instead
    scroll->setWidget(m_parameters);
    return scroll;
}

void PurchaseForm::showEvent(QShowEvent *event)
{
    DraftForm::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        // The search's four columns and the cart's states both read in full at 1000 px.
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 60 / 100, width - width * 60 / 100});
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
    return cart().check(QDateTime::currentDateTimeUtc(), account()).isEmpty();
}

QString PurchaseForm::blockingReason() const
{
    if (!isEditable())
        return {};
    QStringList reasons;
    for (const auto &[name, reason] : m_parameters->problems())
        reasons << tr("%1: %2").arg(NumberParametersEditor::label(name), reason);
    const PurchaseDraft c = cart();
    for (const FieldError &e : c.checkContent()) {
        if (e.field.startsWith(u"item:"))
            reasons << e.message;
    }
    if (c.numbersToBuy().isEmpty() && c.pendingCount() == 0)
        reasons.prepend(c.items.isEmpty() ? tr("The cart is empty: search, then add numbers to it.")
                                          : tr("Every number in the cart is bought."));
    return reasons.join(u'\n');
}

void PurchaseForm::refresh()
{
    const bool editable = isEditable();
    const PurchaseDraft c = cart();
    const PurchaseSummary summary = c.summary();
    const int toBuy = int(c.numbersToBuy().size());
    const QString reason = blockingReason();
    m_buyButton->setEnabled(editable && reason.isEmpty());
    m_buyButton->setText(isBusy() ? tr("Buying…")
                         : toBuy > 0 ? tr("&Buy %n number(s)…", nullptr, toBuy)
                                     : tr("&Buy…"));
    m_buyButton->setToolTip(reason.isEmpty() ? tr("Review and confirm the purchase (%1)")
                                                   .arg(m_buyButton->shortcut().toString(QKeySequence::NativeText))
                                             : reason);

    const QString areaText = m_areaCode->text().trimmed();
    const Validation::FieldCheck area = Validation::checkAreaCode(areaText);
    if (areaText.isEmpty() || area.verdict == Validation::Verdict::Incomplete)
        m_areaFeedback->clear();
    else
        m_areaFeedback->show(area);
    const QString numberText = m_number->text().trimmed();
    const Validation::FieldCheck number = Validation::checkE164(numberText);
    if (numberText.isEmpty() || number.verdict == Validation::Verdict::Incomplete)
        m_numberFeedback->clear();
    else
        m_numberFeedback->show(number);
    const bool looking = isSearching() || !m_lookupJob.isNull();
    m_anyInArea->setEnabled(editable && area.isOk() && !looking);
    m_searchButton->setEnabled(editable && !isSearching() && area.verdict != Validation::Verdict::Wrong);
    m_addNumberButton->setEnabled(editable && number.isOk() && !looking);
    m_addButton->setEnabled(editable && m_resultsView->selectionModel()->hasSelection());
    m_nearbyButton->setVisible(editable && !m_nearbyArea.isEmpty()
                               && m_regionOfArea.contains(m_nearbyArea));
    m_cartModel->setHasAddress(c.hasAddress());
    // The configuration's problems show on its tab while the search is in front.
    const int problems = int(m_parameters->problems().size());
    m_sideTabs->setTabText(1, problems == 0 ? tr("Configuration of the new numbers")
                                            : tr("Configuration (%n problem(s))", nullptr, problems));
    m_sideTabs->setTabIcon(1, problems == 0 ? QIcon()
                                            : style()->standardIcon(QStyle::SP_MessageBoxWarning));

    m_cartCount->setText(summary.total == 0
                             ? tr("The cart is empty.")
                             : tr("%n number(s) in the cart", nullptr, summary.total) + u": "_s
                                   + summary.text());

    const QModelIndex current = m_cartView->currentIndex();
    const PurchaseItem item = current.isValid() ? c.items.value(current.row()) : PurchaseItem{};
    const bool removable = current.isValid() && !item.isDone();
    m_removeButton->setEnabled(editable && removable);
    const bool taken = item.state == PurchaseItem::State::Failed && item.errorCode == u"21422";
    const bool toPick = current.isValid() && item.isAreaCodeItem()
                        && (item.state == PurchaseItem::State::Pending
                            || item.state == PurchaseItem::State::Unsettled);
    m_replaceButton->setVisible(current.isValid() && (taken || toPick));
    m_replaceButton->setText(toPick ? tr("Pic&k a number") : tr("Rep&lace"));
    m_replaceButton->setEnabled(editable && !looking);
    // The current number: where it is, and what its state means and what to do next.
    QString help;
    if (current.isValid()) {
        QStringList about{item.isAreaCodeItem() && item.boughtNumber.isEmpty()
                              ? tr("Any number in area code %1").arg(item.areaCode)
                              : formatPhoneNumber(item.number())};
        for (const QString &part : {item.offer.locality, item.offer.region}) {
            if (!part.isEmpty())
                about << part;
        }
        if (!item.pickedFor.isEmpty())
            about << tr("picked for area code %1").arg(item.pickedFor);
        QString why;
        if (item.state == PurchaseItem::State::Failed || item.state == PurchaseItem::State::Unsettled) {
            const PurchaseErrorText words = purchaseErrorText(item.errorCode, item.errorMessage);
            why = words.nextStep.isEmpty() ? words.text : words.text + u' ' + words.nextStep;
        } else if (item.state == PurchaseItem::State::Pending && item.isAreaCodeItem()) {
            why = tr("An earlier version saved this as “any number in area code %1”. Switchboard "
                     "buys exact numbers only: pick one, and it is the number bought.")
                      .arg(item.areaCode);
        } else if (item.state == PurchaseItem::State::Pending && item.needsAddress() && !c.hasAddress()) {
            why = tr("It can only be bought with an address (%1): enter the SID of an address of "
                     "the account under Regulatory and address.")
                      .arg(item.offer.addressRequirements);
        } else if (item.state == PurchaseItem::State::Pending && !item.pickedFor.isEmpty()) {
            why = tr("This is the number that is bought.");
        } else if (item.state == PurchaseItem::State::Bought) {
            why = tr("Bought: the account's now (%1).").arg(item.sid);
        } else if (item.state == PurchaseItem::State::AlreadyOwned) {
            why = tr("The account had it before; it was not bought again (%1).").arg(item.sid);
        }
        help = about.join(u" · "_s) + (why.isEmpty() ? QString() : u"\n"_s + why);
    }
    m_itemHelp->setText(help);
    m_itemHelp->setVisible(!help.isEmpty());

    // The bar tells the same story as the banner: the summary's counts.
    const bool showProgress = isBusy() || (summary.settled() > 0 && summary.total > 1);
    m_progress->setVisible(showProgress);
    m_progress->setRange(0, std::max(summary.total, 1));
    m_progress->setValue(summary.settled());
    m_progress->setFormat(QString(summary.text()).replace(u'%', u"%%"_s));
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

void PurchaseForm::noteRegions(const QList<AvailableNumber> &found)
{
    for (const AvailableNumber &n : found) {
        const QString area = areaCodeOf(n.phoneNumber);
        if (!area.isEmpty() && !n.region.isEmpty())
            m_regionOfArea.insert(area, n.region);
    }
}

void PurchaseForm::showNearbyFor(const QString &areaCode)
{
    // Offered only where Switchboard knows the region (an earlier search showed it): a
    // search of the same region then is a real neighbouring search. 533 has no region.
    m_nearbyArea = areaCode;
    refresh();
}

void PurchaseForm::runSearch(const NumberSearch &s, Found then)
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
                text = tr("No numbers are left in area code %1.").arg(s.areaCode);
            else
                text = tr("The search was refused: %1").arg(sentence(error.message().isEmpty() ? error.displayText() : error.message()));
            m_searchStatus->setText(text);
            m_results->setNumbers({});
            if (error.code() == u"21452")
                showNearbyFor(s.areaCode);
            refresh();
            emit searchFinished(false);
            return;
        }
        noteRegions(found);
        m_results->setNumbers(found);
        if (then)
            then(found);
        refresh();
        emit searchFinished(true);
    });
}

void PurchaseForm::search()
{
    if (!isEditable())
        return;
    NumberSearch s = searchFromFields();
    s.nearNumber.clear();
    m_cart.search = s;
    m_nearbyArea.clear();
    runSearch(s, [this, s](const QList<AvailableNumber> &found) {
        if (found.isEmpty() && !s.areaCode.isEmpty())
            showNearbyFor(s.areaCode);
        m_searchStatus->setText(found.isEmpty()
                                    ? tr("No numbers match: %1. Loosen the search, or try another area code.").arg(s.describe())
                                    : found.size() >= NumberInventoryLimit
                                        ? tr("%1: the first %2 (the provider shows no more at a time).")
                                              .arg(s.describe())
                                              .arg(found.size())
                                        : tr("%n number(s) found: %1.", nullptr, int(found.size()))
                                              .arg(s.describe()));
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
    // Resolved now, to the number the confirmation will name: the provider never picks.
    NumberSearch s = searchFromFields();
    s.areaCode = area;
    s.contains.clear();
    s.inRegion.clear();
    s.inPostalCode.clear();
    s.nearNumber.clear();
    m_nearbyArea.clear();
    runSearch(s, [this, area, s](const QList<AvailableNumber> &found) {
        for (const AvailableNumber &n : found) {
            if (m_cart.indexOf(n.phoneNumber) >= 0)
                continue;
            PurchaseItem item;
            item.phoneNumber = n.phoneNumber;
            item.offer = n;
            item.search = s;
            item.pickedFor = area;
            m_cart.add(item);
            m_searchStatus->setText(tr("%1 is in the cart for area code %2: it is the number "
                                       "the confirmation names and the one bought.")
                                        .arg(formatPhoneNumber(n.phoneNumber), area));
            cartChanged();
            m_cartView->setCurrentIndex(m_cartModel->index(int(m_cart.items.size()) - 1, 0));
            emit numberLookupFinished(true);
            return;
        }
        if (found.isEmpty())
            showNearbyFor(area);
        m_searchStatus->setText(found.isEmpty()
                                    ? tr("No numbers are left in area code %1 with these choices: "
                                         "nothing was added.")
                                          .arg(area)
                                    : tr("Every number this search offers in area code %1 is in "
                                         "the cart already.")
                                          .arg(area));
        emit numberLookupFinished(false);
    });
    // A refused search (21452...) says so by itself; this one has ended too.
    connect(m_searchJob, &ApiJob::finished, this, [this](const ApiResult &result) {
        if (!result.ok() && result.error.kind() != ApiError::Kind::Cancelled)
            emit numberLookupFinished(false);
    });
}

void PurchaseForm::lookUpNumber(const QString &number, QList<NumberSearch> searches,
                                std::function<void(std::optional<AvailableNumber>, NumberSearch, ApiError)> then)
{
    if (searches.isEmpty()) {
        then(std::nullopt, {}, {});
        return;
    }
    const NumberSearch s = searches.takeFirst();
    m_lookupJob = NumbersClient(m_client).search(s);
    refresh();
    connect(m_lookupJob, &ApiJob::finished, this,
            [this, number, searches, s, then](const ApiResult &result) {
                m_lookupJob = nullptr;
                if (result.error.kind() == ApiError::Kind::Cancelled)
                    return;
                QList<AvailableNumber> offered;
                const ApiError error = NumbersClient::parseAvailable(result, &offered);
                // A refusal of one type or country (no such numbers there) is not an answer
                // about this number: the next search is asked. Not reaching the server is.
                if (error.isError() && (error.meansUnreachable() || error.isTransient())) {
                    then(std::nullopt, s, error);
                    return;
                }
                for (const AvailableNumber &a : std::as_const(offered)) {
                    if (a.phoneNumber == number) {
                        then(a, s, {});
                        return;
                    }
                }
                lookUpNumber(number, searches, then);
            });
}

void PurchaseForm::addKnownNumber()
{
    const QString number = m_number->text().trimmed();
    if (!isEditable() || !Validation::checkE164(number).isOk() || m_lookupJob)
        return;
    if (m_cart.indexOf(number) >= 0) {
        m_numberFeedback->show(Validation::FieldCheck{Validation::Verdict::Incomplete,
                                                      tr("%1 is in the cart already.").arg(number)});
        emit numberLookupFinished(false);
        return;
    }
    if (!number.startsWith(u"+1")) {
        m_numberFeedback->show(Validation::FieldCheck{
            Validation::Verdict::Wrong,
            tr("Only US and Canadian numbers (+1) can be added by number; search for others.")});
        emit numberLookupFinished(false);
        return;
    }
    // Is it on offer? The chosen type first, then the others; the US, then Canada.
    const NumberSearch::Type chosen = NumberSearch::typeFromKey(m_type->currentData().toString());
    QList<NumberSearch> searches;
    for (const QString &country : {u"US"_s, u"CA"_s}) {
        for (NumberSearch::Type type : {chosen, NumberSearch::Type::Local, NumberSearch::Type::Mobile,
                                        NumberSearch::Type::TollFree}) {
            NumberSearch s;
            s.countryCode = country;
            s.type = type;
            s.contains = number; // anchored at the start: the whole number
            if (std::none_of(searches.begin(), searches.end(), [&](const NumberSearch &o) {
                    return o.countryCode == s.countryCode && o.type == s.type;
                }))
                searches << s;
        }
    }
    m_searchStatus->setText(tr("Checking that %1 is on offer…").arg(formatPhoneNumber(number)));
    lookUpNumber(number, searches,
                 [this, number](std::optional<AvailableNumber> offer, NumberSearch s, ApiError error) {
        if (error.isError()) {
            m_searchStatus->setText(tr("Could not check %1: %2").arg(number, sentence(error.displayText())));
            refresh();
            emit numberLookupFinished(false);
            return;
        }
        if (!offer) {
            m_numberFeedback->show(Validation::FieldCheck{
                Validation::Verdict::Wrong,
                tr("%1 is not on offer: someone has it, or the provider does not sell it.")
                    .arg(formatPhoneNumber(number))});
            m_searchStatus->setText(tr("%1 is not on offer; nothing was added.").arg(formatPhoneNumber(number)));
            refresh();
            emit numberLookupFinished(false);
            return;
        }
        PurchaseItem item;
        item.phoneNumber = number;
        item.offer = *offer;
        item.search = s;
        m_cart.add(item);
        m_number->clear();
        m_searchStatus->setText(offer->requiresAddress()
                                    ? tr("%1 is in the cart; it needs an address to be bought.")
                                          .arg(formatPhoneNumber(number))
                                    : tr("%1 is in the cart.").arg(formatPhoneNumber(number)));
        cartChanged();
        m_cartView->setCurrentIndex(m_cartModel->index(int(m_cart.items.size()) - 1, 0));
        emit numberLookupFinished(true);
    });
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
    if (taken.isAreaCodeItem()) {
        // An older version's area-code item: its exact number comes from a search of it.
        s.areaCode = taken.areaCode;
        s.contains.clear();
        s.nearNumber.clear();
    }
    runSearch(s, [this, key = taken.key(), s](const QList<AvailableNumber> &found) {
        const int index = m_cart.indexOf(key);
        if (index < 0)
            return;
        const PurchaseItem old = m_cart.items.at(index);
        for (const AvailableNumber &n : found) {
            if (m_cart.indexOf(n.phoneNumber) >= 0)
                continue;
            PurchaseItem replacement;
            replacement.phoneNumber = n.phoneNumber;
            replacement.offer = n;
            replacement.search = s;
            replacement.pickedFor = old.isAreaCodeItem() ? old.areaCode : old.pickedFor;
            m_cart.items[index] = replacement;
            m_searchStatus->setText(tr("%1 replaces %2; confirm the purchase again to buy it.")
                                        .arg(formatPhoneNumber(n.phoneNumber),
                                             old.isAreaCodeItem() ? tr("any number in %1").arg(old.areaCode)
                                                                  : formatPhoneNumber(old.phoneNumber)));
            cartChanged();
            return;
        }
        m_searchStatus->setText(tr("The search that found %1 has no other number now; search again with other criteria.")
                                    .arg(old.isAreaCodeItem() ? tr("area code %1").arg(old.areaCode)
                                                              : formatPhoneNumber(old.phoneNumber)));
    });
}

QString PurchaseForm::itemLine(const PurchaseItem &item) const
{
    QString line = formatPhoneNumber(item.phoneNumber);
    if (line != item.phoneNumber)
        line += u" ("_s + item.phoneNumber + u')';
    QStringList notes;
    QStringList where;
    for (const QString &part : {item.offer.locality, item.offer.region}) {
        if (!part.isEmpty())
            where << part;
    }
    if (!where.isEmpty())
        notes << where.join(u", "_s);
    if (!item.pickedFor.isEmpty())
        notes << tr("picked for area code %1").arg(item.pickedFor);
    if (item.needsAddress())
        notes << tr("needs an address: %1 is given").arg(m_parameters->values().value(u"AddressSid"_s));
    if (!notes.isEmpty())
        line += u" — "_s + notes.join(u" · "_s);
    return u"• "_s + line;
}

QString PurchaseForm::confirmationText() const
{
    const PurchaseDraft c = cart();
    QStringList lines;
    for (const PurchaseItem &item : c.items) {
        if (!item.isAreaCodeItem() && c.numbersToBuy().contains(item.phoneNumber))
            lines << itemLine(item);
    }
    const QString name = m_accountName.isEmpty() ? m_client->profile().displayName : m_accountName;
    QString text = tr("These numbers will be bought on the account “%1” (%2):")
                       .arg(name, account().describe())
                   + u"\n\n"_s + lines.join(u'\n');
    if (m_live)
        text += u"\n\n"_s + tr("This is a live account: each number is a real purchase and is "
                               "charged to it.");
    else
        text += u"\n\n"_s + tr("This is the sandbox: nothing is charged.");
    text += u"\n\n"_s + tr("If the network is down, they are bought when it is back, unless that "
                           "takes more than a day. If an answer is lost on the way, Switchboard "
                           "checks with the account before anything is bought again.");
    return text;
}

void PurchaseForm::buy()
{
    if (!isEditable() || m_confirm)
        return;
    if (!blockingReason().isEmpty()) {
        m_parameters->showAllProblems();
        if (!m_parameters->problems().isEmpty())
            m_sideTabs->setCurrentIndex(1);
        submissionBanner()->showMessage(blockingReason(), MessageBanner::Type::Error);
        return;
    }
    const int toBuy = int(cart().numbersToBuy().size());
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
    // What the box lists is what is confirmed: a cart that changed while it was open asks again.
    const QStringList shown = cart().numbersToBuy();
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, shown](QAbstractButton *button) {
        if (button != yes || !isEditable())
            return;
        m_cart = cart();
        if (m_cart.numbersToBuy() != shown) {
            submissionBanner()->showMessage(tr("The cart changed while the confirmation was open; "
                                               "nothing was bought. Buy again to confirm it as it is."),
                                            MessageBanner::Type::Warning);
            return;
        }
        m_cart.confirm(QDateTime::currentDateTimeUtc(), account());
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
    const QList<FieldError> problems = cart().check(QDateTime::currentDateTimeUtc(), account());
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
    // A cart in the outbox or bought takes no new numbers: the whole search side says so.
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_areaCode, m_contains, m_region,
                                                       m_postalCode, m_voice, m_sms, m_mms,
                                                       m_noAddress, m_number})
        w->setEnabled(editable);
    m_resultsView->setEnabled(editable);
    // The number in flight says where it is.
    const Draft &d = shownDraft();
    const QString inFlight = d.isInOutbox() ? d.sendContext.value(u"item"_s).toString() : QString();
    m_cartModel->setInFlight(inFlight, d.state == OutboxState::Unknown ? tr("Checking…")
                                                                       : tr("Buying…"));
    refresh();
    updateTitle();
}

QString PurchaseForm::sentMessage(const Draft &d) const
{
    const PurchaseSummary s = PurchaseDraft::fromJson(d.payload).summary();
    QString text = tr("%n number(s) bought.", nullptr, s.bought);
    if (s.owned > 0)
        text += u' ' + tr("%n number(s) were yours already and were not bought again.", nullptr, s.owned);
    return text;
}

QString PurchaseForm::progressMessage(const Draft &d) const
{
    const PurchaseSummary s = PurchaseDraft::fromJson(d.payload).summary();
    return tr("Buying, one number at a time: %1…").arg(s.text());
}

void PurchaseForm::applyFieldErrors(const QList<FieldError> &errors, const QString &message)
{
    QStringList other;
    for (const FieldError &e : errors) {
        if (e.field.startsWith(u"item:"))
            continue; // the cart shows each item's outcome
        if (m_parameters->fieldWidget(e.field)) {
            m_parameters->setServerError(e.field, tr("The server says: %1").arg(sentence(e.message)));
            m_sideTabs->setCurrentIndex(1);
        }
        else
            other << e.message;
    }
    if (!message.isEmpty())
        other.prepend(message);
    if (!other.isEmpty())
        submissionBanner()->showMessage(sentence(other.join(u' ')), MessageBanner::Type::Error);
    refresh();
}
