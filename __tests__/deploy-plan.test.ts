/** The deploy plan: a pure diff of local hashes against the remote tree. */
import { describe, expect, it } from '@jest/globals'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HashedFile } from '../src/deploy/hash-file.js'
import { describePlan, formatBytes } from '../src/deploy/plan-report.js'
import { isEmptyPlan, planDeploy, type PlanOptions } from '../src/deploy/plan.js'
import type { TreeItem } from '../src/hub/list-repo-tree.js'

/** A folder that is never read: the plan only compares hashes. */
const LOCAL_ROOT = join(tmpdir(), 'deploy-plan-test')

function local(relativePath: string, gitSha1: string, sha256 = `sha256-${gitSha1}`, size = 10) {
  return {
    relativePath,
    absolutePath: join(LOCAL_ROOT, relativePath),
    size,
    gitSha1,
    sha256,
    sample: Buffer.alloc(0),
    isLfsPointer: false
  } satisfies HashedFile
}

const regular = (path: string, oid: string, size = 10): TreeItem => ({
  type: 'file',
  path,
  oid,
  size
})
const lfs = (path: string, sha256: string, size = 10): TreeItem => ({
  type: 'file',
  path,
  oid: `pointer-of-${sha256}`,
  size,
  lfs: { oid: sha256, size, pointerSize: 130 }
})

const options = (extra: Partial<PlanOptions> = {}): PlanOptions => ({
  pathInRepo: '',
  deleteMissing: true,
  isPublishable: () => true,
  ...extra
})

const paths = (files: { pathInRepo: string }[]) => files.map((f) => f.pathInRepo)

describe('planDeploy', () => {
  it('compares regular files by git blob id and LFS files by sha256', () => {
    const plan = planDeploy(
      [
        local('same.py', 'aaa'),
        local('edited.py', 'bbb'),
        local('model.bin', 'ccc', 'lfs-same'),
        local('data.bin', 'ddd', 'lfs-new'),
        local('new.txt', 'eee')
      ],
      [
        regular('same.py', 'aaa'),
        regular('edited.py', 'old'),
        lfs('model.bin', 'lfs-same'),
        lfs('data.bin', 'lfs-old'),
        { type: 'directory', path: 'folder', oid: 'tree', size: 0 }
      ],
      options()
    )
    expect(paths(plan.unchanged)).toEqual(['same.py', 'model.bin'])
    expect(paths(plan.changed)).toEqual(['edited.py', 'data.bin'])
    expect(paths(plan.added)).toEqual(['new.txt'])
    expect(plan.deleted).toEqual([])
    expect(isEmptyPlan(plan)).toBe(false)
  })

  it('an identical folder is an empty plan', () => {
    const plan = planDeploy(
      [local('a', '1')],
      [regular('a', '1'), regular('.gitattributes', 'x')],
      options()
    )
    expect(isEmptyPlan(plan)).toBe(true)
    expect(plan.kept).toEqual([])
  })

  it('deletes remote files absent locally, never .gitattributes, at any depth', () => {
    const remote = [
      regular('.gitattributes', 'g'),
      regular('sub/.gitattributes', 'g2'),
      regular('gone.txt', 'x', 7),
      regular('dir/gone.md', 'y', 5)
    ]
    const plan = planDeploy([], remote, options())
    expect(plan.deleted).toEqual([
      { pathInRepo: 'gone.txt', size: 7 },
      { pathInRepo: 'dir/gone.md', size: 5 }
    ])
    expect(paths(planDeploy([], remote, options({ deleteMissing: false })).deleted)).toEqual([])
    expect(planDeploy([], remote, options({ deleteMissing: false })).kept).toEqual([
      'gone.txt',
      'dir/gone.md'
    ])
  })

  it('protects remote files that the rules leave out (rsync semantics)', () => {
    const plan = planDeploy(
      [],
      [regular('.env', 'e'), regular('logs/a.log', 'l'), regular('old.py', 'o')],
      options({ isPublishable: (path) => path.endsWith('.py') })
    )
    expect(paths(plan.deleted)).toEqual(['old.py'])
    expect(plan.kept).toEqual(['.env', 'logs/a.log'])
  })

  it('works under path_in_repo: prefixes local paths, touches nothing outside the folder', () => {
    const plan = planDeploy(
      [local('index.html', 'new'), local('css/a.css', 'css')],
      [
        regular('site/index.html', 'old'),
        regular('site/css/a.css', 'css'),
        regular('site/gone.js', 'g'),
        regular('app.py', 'app'),
        regular('site-other/x', 'x')
      ],
      options({ pathInRepo: 'site', isPublishable: (p) => !p.startsWith('/') })
    )
    expect(paths(plan.changed)).toEqual(['site/index.html'])
    expect(paths(plan.unchanged)).toEqual(['site/css/a.css'])
    expect(paths(plan.deleted)).toEqual(['site/gone.js'])
    expect(plan.kept).toEqual([])
  })
})

describe('describePlan', () => {
  it('states counts and bytes, lists files, and escapes names in the table', () => {
    const plan = planDeploy(
      [local('a|b<c>.txt', '1', 'x', 1500), local('same', '2')],
      [regular('same', '2'), regular('old', 'o')],
      options()
    )
    const text = describePlan(plan)
    expect(text.headline).toBe('1 to add (1.5 kB), 0 to change (0 B), 1 to delete, 1 unchanged')
    expect(text.logLines).toEqual(['+ a|b<c>.txt (1.5 kB)', '- old'])
    expect(text.markdown).toContain('<code>a&#124;b&#60;c&#62;.txt</code>')
  })

  it('cuts long lists', () => {
    const many = Array.from({ length: 250 }, (_, i) => local(`f${i}`, `${i}`))
    const text = describePlan(planDeploy(many, [], options()))
    expect(text.logLines).toHaveLength(201)
    expect(text.logLines[200]).toBe('… and 50 more')
  })

  it('formats bytes in SI units', () => {
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1000)).toBe('1.0 kB')
    expect(formatBytes(5_300_000_000)).toBe('5.3 GB')
  })
})
