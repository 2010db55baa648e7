// Open, create and rename projects (one story each).
import { useState } from 'react';
import { useProjects } from '../stores/projects';
import { useUi } from '../stores/ui';
import { Modal } from './Modal';

function RenameRow({ id, name }: { id: number; name: string }) {
  const [value, setValue] = useState(name);
  const rename = useProjects((s) => s.rename);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim() && value.trim() !== name) void rename(id, value.trim());
      }}
    >
      <label className="sr-only" htmlFor={`rename-${id}`}>
        New name for {name}
      </label>
      <input id={`rename-${id}`} value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} />
      <button type="submit" className="btn small" disabled={!value.trim() || value.trim() === name}>
        Rename
      </button>
    </form>
  );
}

export function ProjectsDialog() {
  const projects = useProjects((s) => s.projects);
  const currentId = useProjects((s) => s.currentId);
  const open = useProjects((s) => s.open);
  const create = useProjects((s) => s.create);
  const [name, setName] = useState('');
  const close = () => useUi.getState().openDialog(null);

  return (
    <Modal title="Projects" wide>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void create(name.trim()).then(close);
        }}
      >
        <label htmlFor="new-project">New project</label>
        <input id="new-project" value={name} onChange={(e) => setName(e.target.value)} placeholder="Story name" maxLength={200} />
        <button type="submit" className="btn primary" disabled={!name.trim()}>
          Create
        </button>
      </form>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Articles</th>
            <th scope="col">Reviewed</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.id} aria-current={p.id === currentId ? 'true' : undefined}>
              <td>
                <RenameRow id={p.id} name={p.name} />
              </td>
              <td className="num">{p.articleCount}</td>
              <td className="num">
                {p.reviewedCount} / {p.clusterCount}
              </td>
              <td>
                {p.id === currentId ? (
                  <span className="muted">Open</span>
                ) : (
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => {
                      void open(p.id);
                      close();
                    }}
                  >
                    Open
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
