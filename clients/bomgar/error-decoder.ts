import { defaultVendorErrorDecoder, type VendorErrorInfo } from '../transport/index.js';
import { parseXmlDocument, textOf } from './xml.js';

/** The message of an `<error>` document (any namespace), or of a JSON OAuth error. */
export function decodeBomgarError(status: number, body: unknown, text: string): VendorErrorInfo {
  if (text.trimStart().startsWith('<')) {
    try {
      const { root, element } = parseXmlDocument(text);
      const message = root === 'error' ? textOf(element) : textOf(element, 'error');
      if (message) return { message };
    } catch {
      // an HTML page or broken XML: no message worth quoting
    }
    return {};
  }
  return defaultVendorErrorDecoder(status, body, text);
}
