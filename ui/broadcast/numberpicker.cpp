#include "numberpicker.h"

#include "broadcast/numberselectionmodel.h"
#include "validation/broadcastrules.h"

#include <QBoxLayout>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace Qt::StringLiterals;

NumberPicker::NumberPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new NumberSelectionModel(this))
    , m_filter(new NumberSelectionFilterModel(this))
    , m_chosen(new ChosenNumbersModel(m_model, this))
    , m_filterEdit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_selectAll(new QPushButton(tr("Select all visible"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_count(new QLabel(this))
    , m_chosenList(new QListView(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter by number, area code or type"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the numbers"));
    m_filterEdit->installEventFilter(this);

    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true); // thousands of rows: no per-row size hints
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Numbers"));
    m_listDescription = tr("Check the numbers the project sends from; Space checks the current one.");
    m_list->setAccessibleDescription(m_listDescription);

    m_chosenList->setModel(m_chosen);
    m_chosenList->setUniformItemSizes(true);
    m_chosenList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosenList->setAccessibleName(tr("Chosen numbers"));
    m_chosenList->setAccessibleDescription(tr("Delete removes the selected numbers"));
    m_chosenList->installEventFilter(this);

    m_selectAll->setAccessibleName(tr("Select all visible numbers"));
    m_clear->setAccessibleName(tr("Clear the chosen numbers"));
    m_remove->setAccessibleName(tr("Remove the selected chosen numbers"));

    m_count->setAccessibleName(tr("Chosen count"));
    m_message->setAccessibleName(tr("Number selection message"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextFormat(Qt::PlainText);
    // Two lines reserved whether or not a message is shown, so that nothing below jumps.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());

    auto *numbersLabel = new QLabel(tr("Numbe&rs"), this);
    numbersLabel->setBuddy(m_list);
    auto *chosenLabel = new QLabel(tr("Ch&osen"), this);
    chosenLabel->setBuddy(m_chosenList);

    auto *left = new QVBoxLayout;
    left->addWidget(numbersLabel);
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_selectAll);
    leftButtons->addWidget(m_clear);
    leftButtons->addStretch(1);
    left->addLayout(leftButtons);

    auto *right = new QVBoxLayout;
    auto *rightHeading = new QHBoxLayout;
    rightHeading->addWidget(chosenLabel);
    rightHeading->addStretch(1);
    rightHeading->addWidget(m_count);
    right->addLayout(rightHeading);
    right->addWidget(m_chosenList, 1);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addStretch(1);
    rightButtons->addWidget(m_remove);
    right->addLayout(rightButtons);

    auto *lists = new QHBoxLayout;
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_filterEdit);
    layout->addLayout(lists, 1);
    layout->addWidget(m_message);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &NumberSelectionFilterModel::setFilterText);
    connect(m_selectAll, &QPushButton::clicked, m_filter, &NumberSelectionFilterModel::selectAllVisible);
    connect(m_clear, &QPushButton::clicked, m_model, &NumberSelectionModel::clear);
    connect(m_remove, &QPushButton::clicked, this, &NumberPicker::removeCurrentChosen);

    connect(m_model, &NumberSelectionModel::limitReached, this, &NumberPicker::showMessage);
    connect(m_model, &NumberSelectionModel::rulesChanged, this, &NumberPicker::updateLine);
    connect(m_model, &NumberSelectionModel::droppedNumbers, this, &NumberPicker::onDropped);
    connect(m_model, &NumberSelectionModel::selectionChanged, this, [this] {
        // A drop's message arrives just before its selectionChanged(): it stays; any other
        // change of the selection answers whatever the line said.
        if (m_keepMessage)
            m_keepMessage = false;
        else
            showMessage({});
        scheduleUpdate();
        emit changed();
    });

    // The filter emits a signal per removed or inserted range, possibly hundreds per
    // keystroke over 10,000 rows: the buttons are worked out once afterwards.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &NumberPicker::scheduleUpdate);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &NumberPicker::scheduleUpdate);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NumberPicker::scheduleUpdate);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &NumberPicker::scheduleUpdate);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &NumberPicker::scheduleUpdate);
    connect(m_chosenList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NumberPicker::scheduleUpdate);
    connect(m_chosenList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NumberPicker::scheduleUpdate);
    updateState();
}

NumberPicker::~NumberPicker() = default;

void NumberPicker::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    updateState();
}

bool NumberPicker::isReadOnly() const
{
    return m_model->isReadOnly();
}

QString NumberPicker::message() const
{
    return m_messageText;
}

QString NumberPicker::lineText() const
{
    return m_message->text();
}

void NumberPicker::showMessage(const QString &text)
{
    m_messageText = text;
    m_dropped.clear();
    updateLine();
}

void NumberPicker::onDropped(const QList<DroppedNumber> &dropped)
{
    showMessage(NumberSelectionModel::droppedMessage(dropped));
    m_dropped = dropped;
    m_keepMessage = true;
}

void NumberPicker::updateLine()
{
    // "Dropped … (toll-free, not allowed on 10DLC)" is wrong once back on toll-free (or once
    // those numbers left the list): a drop's message goes when what it says no longer holds.
    if (!m_dropped.isEmpty() && !m_model->stillHolds(m_dropped)) {
        m_messageText.clear();
        m_dropped.clear();
        m_keepMessage = false;
    }
    const QString note = m_model->rulesNote();
    const QString text = m_messageText.isEmpty() ? note : m_messageText;
    if (m_message->text() != text) {
        m_message->setText(text);
        m_message->setToolTip(text);
    }
    const QString description = note.isEmpty() ? m_listDescription
                                               : m_listDescription + u' ' + note;
    if (m_list->accessibleDescription() != description)
        m_list->setAccessibleDescription(description);
}

bool NumberPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filterEdit && key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
        && !m_filterEdit->text().isEmpty()) {
        // Esc clears a filter first; with none it reaches the window (which may close a tab).
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return false;
        }
        m_filterEdit->clear();
        return true;
    }
    if (watched == m_chosenList && event->type() == QEvent::KeyPress
        && (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace)) {
        removeCurrentChosen();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void NumberPicker::removeCurrentChosen()
{
    if (m_model->isReadOnly())
        return;
    QList<int> rows;
    const QModelIndexList selected = m_chosenList->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_chosenList->currentIndex().isValid())
        rows << m_chosenList->currentIndex().row();
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    m_chosen->removeChosen(rows);
    // The chosen list was reset: keep the keyboard where it was, so Delete can go on.
    if (const int count = m_chosen->rowCount(); count > 0) {
        const QModelIndex next = m_chosen->index(std::min(first, count - 1));
        m_chosenList->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    }
}

void NumberPicker::scheduleUpdate()
{
    if (m_updatePending)
        return;
    m_updatePending = true;
    QMetaObject::invokeMethod(this, &NumberPicker::updateState, Qt::QueuedConnection);
}

void NumberPicker::updateState()
{
    m_updatePending = false;
    updateLine(); // new numbers may be greyed out, or none any more
    const bool readOnly = m_model->isReadOnly();
    const int count = m_model->selectedCount();

    QString why;
    m_selectAll->setEnabled(m_filter->canSelectAllVisible(&why));
    m_selectAll->setToolTip(why);

    m_clear->setEnabled(!readOnly && count > 0);
    if (readOnly)
        m_clear->setToolTip(tr("The numbers cannot be changed here"));
    else if (count == 0)
        m_clear->setToolTip(tr("No numbers chosen"));
    else
        m_clear->setToolTip(tr("Let go of the %n chosen number(s)", nullptr, count));

    const bool anyPicked = m_chosenList->selectionModel()->hasSelection()
                           || m_chosenList->currentIndex().isValid();
    m_remove->setEnabled(!readOnly && anyPicked);
    if (readOnly)
        m_remove->setToolTip(tr("The numbers cannot be changed here"));
    else if (!anyPicked)
        m_remove->setToolTip(tr("Select a chosen number to remove it"));
    else
        m_remove->setToolTip(tr("Remove the selected numbers from the project (Delete)"));

    QString countText = tr("%n of %1 numbers chosen", nullptr, count).arg(Validation::BroadcastMaxNumbers);
    if (const int unknown = int(m_model->unknownSelectedIds().size()); unknown > 0)
        countText = tr("%1, %n not found", nullptr, unknown).arg(countText);
    m_count->setText(countText);
}
