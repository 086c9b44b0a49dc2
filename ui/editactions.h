#pragma once

class QWidget;

// What Edit ▸ Copy and Edit ▸ Select All do to the widget that has the focus: a line or
// text edit, a table (its selected rows, as text), a label with selectable text. The menu
// items stand for the widget's own keys (Ctrl+C, Ctrl+A), which keep working without them.
namespace EditActions {
bool canCopy(const QWidget *focus);
bool copy(QWidget *focus);
bool canSelectAll(const QWidget *focus);
bool selectAll(QWidget *focus);
} // namespace EditActions
