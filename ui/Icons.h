#pragma once

#include <QIcon>
#include <QPixmap>

class QLabel;
class QWidget;

namespace spdc {

// The application's own icons: SVGs under resources/icons, drawn sharp at any scale. Where the
// SVG plugin is missing (a minimal installation) the style's standard icons stand in.
namespace Icons {

QIcon application();
QIcon success();
QIcon error();
QIcon information();
QIcon phone();
QIcon code();

// The icon at `size` logical pixels for the screen `widget` is on (HiDPI).
QPixmap pixmap(const QIcon &icon, int size, const QWidget *widget);
// Shows the icon in a label, decorative: screen readers are given no text for it.
void setLabelIcon(QLabel *label, const QIcon &icon, int size);

} // namespace Icons
} // namespace spdc
