import ArgumentParser
import Foundation
import PlanGaugeReport

extension DataOption {
    /// How the output names the dataset: `--data-label`, else the folder's name; its files relative
    /// to the folder. Diagnostics on stderr keep the paths as the user typed them.
    var naming: DatasetNaming {
        get throws {
            let folder = try data
            guard let dataLabel else { return DatasetNaming(folder: folder) }
            let label = dataLabel.trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty, !label.contains(where: \.isNewline) else {
                throw ValidationError("--data-label must be one line of text, not «\(dataLabel)»")
            }
            return DatasetNaming(folder: folder, label: label)
        }
    }
}
