// chart.js with only the parts our charts use (tree-shaken by the bundler), and our plugins.
// Imported once by ChartFigure; everything else takes the registered Chart from here.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { backgroundPlugin, maccPlugin, referenceLinesPlugin } from './plugins';

Chart.register(
  BarController,
  LineController,
  BarElement,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Filler,
  Legend,
  Tooltip,
  Title,
  backgroundPlugin,
  referenceLinesPlugin,
  maccPlugin,
);

export { Chart };
