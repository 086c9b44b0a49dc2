#include "editactions.h"

#include "widgets/tablebehaviour.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace EditActions {

bool canCopy(const QWidget *focus)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(focus))
        return edit->hasSelectedText() && edit->echoMode() == QLineEdit::Normal;
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(focus))
        return edit->textCursor().hasSelection();
    if (const auto *edit = qobject_cast<const QTextEdit *>(focus))
        return edit->textCursor().hasSelection();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(focus)) {
        const TableBehaviour *table = TableBehaviour::of(view);
        return table ? !table->selectedText().isEmpty() : view->currentIndex().isValid();
    }
    if (const auto *label = qobject_cast<const QLabel *>(focus))
        return label->hasSelectedText();
    return false;
}

bool copy(QWidget *focus)
{
    if (!canCopy(focus))
        return false;
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->copy();
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(focus)) {
        edit->copy();
    } else if (auto *edit = qobject_cast<QTextEdit *>(focus)) {
        edit->copy();
    } else if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        if (const TableBehaviour *table = TableBehaviour::of(view))
            table->copySelection();
        else
            QApplication::clipboard()->setText(view->currentIndex().data().toString());
    } else if (auto *label = qobject_cast<QLabel *>(focus)) {
        QApplication::clipboard()->setText(label->selectedText());
    }
    return true;
}

bool canSelectAll(const QWidget *focus)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(focus))
        return !edit->text().isEmpty();
    if (qobject_cast<const QPlainTextEdit *>(focus) || qobject_cast<const QTextEdit *>(focus))
        return true;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(focus)) {
        const auto mode = view->selectionMode();
        return mode == QAbstractItemView::ExtendedSelection || mode == QAbstractItemView::MultiSelection;
    }
    if (const auto *label = qobject_cast<const QLabel *>(focus))
        return label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse) && !label->text().isEmpty();
    return false;
}

bool selectAll(QWidget *focus)
{
    if (!canSelectAll(focus))
        return false;
    if (auto *edit = qobject_cast<QLineEdit *>(focus))
        edit->selectAll();
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(focus))
        edit->selectAll();
    else if (auto *edit = qobject_cast<QTextEdit *>(focus))
        edit->selectAll();
    else if (auto *view = qobject_cast<QAbstractItemView *>(focus))
        view->selectAll();
    else if (auto *label = qobject_cast<QLabel *>(focus))
        label->setSelection(0, int(label->text().size()));
    return true;
}

} // namespace EditActions
