/**
 * The files of a drop, folders included: a dropped folder arrives as a
 * directory entry (the File and Directory Entries API, which every current
 * browser has), read here to the last file, whatever the depth. Each file
 * keeps its path in the folder, so a tutor can tell apart two learners'
 * "attempt.json".
 */

export interface PathedFile {
  file: File;
  path: string;
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries gives a batch at a time (Chromium: 100) until an empty one.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () => reader.readEntries((batch) => (batch.length ? (all.push(...batch), next()) : resolve(all)), reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, into: PathedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child, into);
  }
}

/** Entries must be taken while the drop event runs; the files are read afterwards. */
export function droppedFiles(transfer: DataTransfer): Promise<PathedFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return Promise.resolve([...transfer.files].map((file) => ({ file, path: file.name })));
  return (async () => {
    const files: PathedFile[] = [];
    for (const entry of entries) await walk(entry, files);
    return files;
  })();
}

/** A file from a picker: a folder picker gives its path within the folder. */
export const pickedFile = (file: File): PathedFile => ({ file, path: file.webkitRelativePath || file.name });
