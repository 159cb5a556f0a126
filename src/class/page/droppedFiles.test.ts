import { describe, expect, it } from 'vitest';
import { droppedFiles } from './droppedFiles.ts';

/** Directory entries as Chromium gives them for a dropped folder: read in batches, the last one empty. */
function fileEntry(path: string): FileSystemFileEntry {
  return { isFile: true, isDirectory: false, fullPath: path, file: (ok: (f: File) => void) => ok(new File([path], path.split('/').at(-1)!)) } as unknown as FileSystemFileEntry;
}
function dirEntry(path: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath: path,
    createReader() {
      let at = 0;
      return { readEntries: (ok: (e: FileSystemEntry[]) => void) => ok(children.slice(at, (at += batch))) };
    },
  } as unknown as FileSystemDirectoryEntry;
}
const transfer = (entries: FileSystemEntry[], files: File[] = []) => ({ items: entries.map((e) => ({ webkitGetAsEntry: () => e })), files }) as unknown as DataTransfer;

describe('droppedFiles', () => {
  it('reads a dropped folder to the last file, whatever the depth and however many batches, keeping each path', async () => {
    const group = dirEntry('/class/group-a', [fileEntry('/class/group-a/1.json'), fileEntry('/class/group-a/2.json'), fileEntry('/class/group-a/3.json')]);
    const dropped = await droppedFiles(transfer([dirEntry('/class', [group, fileEntry('/class/notes.json')]), fileEntry('/loose.json')]));
    expect(dropped.map((d) => d.path)).toEqual(['class/group-a/1.json', 'class/group-a/2.json', 'class/group-a/3.json', 'class/notes.json', 'loose.json']);
    expect(await dropped[0]!.file.text()).toBe('/class/group-a/1.json');
  });

  it('falls back to the plain file list where entries are not offered', async () => {
    const file = new File(['{}'], 'a.json');
    const dropped = await droppedFiles({ items: [{ webkitGetAsEntry: () => null }], files: [file] } as unknown as DataTransfer);
    expect(dropped).toEqual([{ file, path: 'a.json' }]);
  });
});
