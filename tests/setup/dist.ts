// Global setup of the dist project: walk dist/ once and share what most suites need (paths, redirects, origin).
import type { TestProject } from 'vitest/node';
import './provided.ts';
import { indexDist } from '../helpers/dist.ts';

export default function setup(project: TestProject): void {
  project.provide('distIndex', indexDist());
}
