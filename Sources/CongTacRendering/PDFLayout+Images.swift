import CongTacPDF

/// The images of a preview copy, decoded.
struct SignatureImages {
    var signature: PDFImage?
    var seal: PDFImage?
}

/// The leader's signature and the agency's seal as Nghị định 30/2020 draws them on an electronic
/// document: the signature centred between the position and the name, the seal red at its real
/// size over the left third of the signature. Both are artifacts: the signer's name is the text.
extension PDFLayout {
    /// Scans of seals come at 300 dpi when the PNG does not say (the file layer does not read pHYs).
    static let sealDotsPerInch = 300.0

    func drawSignatureImages(_ images: SignatureImages, in place: SignaturePlace) {
        guard images.signature != nil || images.seal != nil else { return }
        // The signature fits the field, keeping its proportions.
        var signature = place
        if let image = images.signature {
            let scale = min(place.width / Double(image.width), place.height / Double(image.height))
            let width = Double(image.width) * scale
            let height = Double(image.height) * scale
            signature = SignaturePlace(x: place.x + (place.width - width) / 2, top: place.top + (place.height - height) / 2,
                                       width: width, height: height)
        }
        artifact {
            if let image = images.signature {
                canvas.image(image, x: signature.x, y: signature.top, width: signature.width, height: signature.height)
            }
            if let seal = images.seal {
                let width = Double(seal.width) / Self.sealDotsPerInch * 72
                let height = Double(seal.height) / Self.sealDotsPerInch * 72
                // Its right edge a third into the signature, its centre level with the signature's.
                let right = signature.x + signature.width / 3
                canvas.image(seal, x: right - width, y: signature.top + signature.height / 2 - height / 2,
                             width: width, height: height)
            }
        }
    }
}
