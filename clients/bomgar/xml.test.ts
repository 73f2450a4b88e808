import { describe, expect, it } from 'vitest';
import { attr, child, children, parseXmlDocument, textOf } from './xml.js';

describe('parseXmlDocument', () => {
  it('reads attributes as @name, text-only elements as strings, and repeated elements as arrays', () => {
    const { root, element } = parseXmlDocument(
      `<?xml version="1.0" encoding="UTF-8"?>
      <session_summary_list xmlns="https://www.beyondtrust.com/namespaces/API/reporting">
        <session_summary lsid="a1">
          <start_time timestamp="1762120810">2025-11-02T22:00:10Z</start_time>
          <external_key/>
          <primary_rep gsnumber="2" id="6">Fatima &amp; Co</primary_rep>
        </session_summary>
      </session_summary_list>`,
    );
    expect(root).toBe('session_summary_list');
    expect(element).toEqual({
      session_summary: [
        {
          '@lsid': 'a1',
          start_time: { '@timestamp': '1762120810', '#text': '2025-11-02T22:00:10Z' },
          external_key: '',
          primary_rep: { '@gsnumber': '2', '@id': '6', '#text': 'Fatima & Co' },
        },
      ],
    });
    const summary = children(element, 'session_summary')[0];
    expect(attr(summary, 'lsid')).toBe('a1');
    expect(textOf(summary, 'external_key')).toBe('');
    expect(textOf(child(summary, 'primary_rep'))).toBe('Fatima & Co');
  });

  it('strips namespace prefixes, drops xmlns attributes, keeps numbers as strings and merges CDATA into text', () => {
    const { root, element } = parseXmlDocument(
      '<ns:session_list xmlns:ns="http://www.bomgar.com/namespaces/API/reporting"><ns:session ns:lsid="007"><ns:file_transfer_count>0012</ns:file_transfer_count><ns:body><![CDATA[a <b>]]> c</ns:body></ns:session></ns:session_list>',
    );
    expect(root).toBe('session_list');
    expect(element).toEqual({ session: [{ '@lsid': '007', file_transfer_count: '0012', body: 'a <b> c' }] });
  });

  it('makes a second occurrence of a non-repeated element an array', () => {
    const { element } = parseXmlDocument('<r><x>1</x><x>2</x></r>');
    expect(element['x']).toEqual(['1', '2']);
    expect(textOf(element, 'x')).toBe('1');
  });

  it('gives a text-only root as an element with #text', () => {
    expect(parseXmlDocument('<error>Invalid credentials</error>')).toEqual({ root: 'error', element: { '#text': 'Invalid credentials' } });
  });

  it.each([
    ['a truncated document', '<session_list><session lsid="1"><start_time>'],
    ['a mismatched close tag', '<a><b></a>'],
    ['two root elements', '<a/><b/>'],
    ['text that is not XML', 'Internal Server Error'],
    ['an empty body', ''],
    ['JSON', '{"error":"invalid_client"}'],
    ['an HTML page', '<!DOCTYPE html><html><body><br></body></html>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
  ])('throws on %s, in the same single pass', (_what, text) => {
    expect(() => parseXmlDocument(text)).toThrow(Error);
  });
});
