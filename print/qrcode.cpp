#include "print/qrcode.h"

#include <qrencode.h>

#include <memory>

namespace loket {

QImage qrCodeImage(const QByteArray &text, int moduleSize)
{
    // Level M survives a crease or a coffee stain on a printed sheet, and keeps the code small
    // enough to scan from arm's length.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || moduleSize < 1)
        return {};
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark).
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + quiet) * moduleSize + dy);
                for (int dx = 0; dx < moduleSize; ++dx)
                    line[(x + quiet) * moduleSize + dx] = 0;
            }
        }
    }
    return image;
}

} // namespace loket
